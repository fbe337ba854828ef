package lambdaruntime.crac;

/** A runtime's checkpoint hook, as org.crac expects to find it in the package named by org.crac.Core.Compat. */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
