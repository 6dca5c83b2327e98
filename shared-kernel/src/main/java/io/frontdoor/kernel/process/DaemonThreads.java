package io.frontdoor.kernel.process;

import java.util.concurrent.ThreadFactory;

/** Background threads of a service's own that never keep its process alive: each named, for thread dumps and profiles. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
