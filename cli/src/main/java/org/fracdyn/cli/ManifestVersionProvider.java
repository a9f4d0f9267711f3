package org.fracdyn.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads fracdyn's version from the jar manifest ({@code Implementation-Version}). */
public final class ManifestVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = FracdynCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "fracdyn " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }

    /**
     * The bare version string, for summaries.
     *
     * @return the manifest version, or "development" when run outside the jar
     */
    public static String version() {
        String version = FracdynCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
