package org.journeyworkbench.io;

/** The version of this build, from the jar's manifest (or "development" when run from classes). */
public final class Version {
    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
