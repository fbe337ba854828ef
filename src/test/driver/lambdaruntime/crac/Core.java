package lambdaruntime.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the checkpoint support Lambda's Java runtime brings for SnapStart. Lambda starts the
 * JVM with -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac, so org.crac's global context
 * hands every registration to the runtime's own; DeployedJarIT names this package instead. Without
 * such a runtime (an ordinary JVM), org.crac 1.5.0 drops registrations and its global context
 * refuses to be driven, so only this shows that the skill's hook is really registered.
 */
public final class Core {

    private static final Global GLOBAL = new Global();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    /** What the runtime does before the snapshot and after a restore: every registered resource, in turn. */
    public static void checkpointRestore() throws CheckpointException, RestoreException {
        GLOBAL.beforeCheckpoint(null);
        GLOBAL.afterRestore(null);
    }

    /** How many resources are registered (a diagnostic for the driver). */
    public static int registered() {
        return GLOBAL.resources.size();
    }

    private static final class Global extends Context<Resource> {
        // Held strongly, as the runtime's context does for the proxies org.crac registers.
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(resource);
        }

        @Override
        public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            CheckpointException failed = null;
            // Last registered first, as CRaC does.
            for (int i = resources.size() - 1; i >= 0; i--) {
                try {
                    resources.get(i).beforeCheckpoint(this);
                } catch (Exception e) {
                    failed = failed == null ? new CheckpointException() : failed;
                    failed.addSuppressed(e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        }

        @Override
        public synchronized void afterRestore(Context<? extends Resource> context) throws RestoreException {
            RestoreException failed = null;
            for (Resource resource : resources) {
                try {
                    resource.afterRestore(this);
                } catch (Exception e) {
                    failed = failed == null ? new RestoreException() : failed;
                    failed.addSuppressed(e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }
}
