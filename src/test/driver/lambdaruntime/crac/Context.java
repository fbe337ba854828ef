package lambdaruntime.crac;

/** Where resources register; org.crac calls register(Resource) on the global one. */
public abstract class Context<R extends Resource> implements Resource {
    public abstract void register(R resource);
}
