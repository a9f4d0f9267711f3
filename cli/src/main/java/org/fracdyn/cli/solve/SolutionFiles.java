package org.fracdyn.cli.solve;

import java.math.BigDecimal;
import java.util.List;

import org.fracdyn.io.CsvTableWriter;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.NdArray;
import org.fracdyn.io.RunFolder;
import org.fracdyn.solver.observe.Moments;
import org.fracdyn.solver.solve.Profile;
import org.fracdyn.solver.solve.Solution;

/**
 * Writes the data of a solve into its run folder, each file atomically:
 * <ul>
 *   <li>{@value #MOMENTS_CSV}: one row per recorded level, columns {@value #MOMENTS_HEADER};</li>
 *   <li>{@value #PROFILES_CSV}: the cell centres {@code x} and one column
 *       {@code P(t=...)} per profile, headed by the requested time;</li>
 *   <li>{@value #PROFILES_NPY} (float64, shape profiles x cells), {@value #PROFILES_X_NPY}
 *       (the cell centres) and {@value #PROFILES_T_NPY} (the mesh time of each profile).</li>
 * </ul>
 * The columns and their units are documented in docs/solve.md.
 */
public final class SolutionFiles {

    /** The moments table. */
    public static final String MOMENTS_CSV = "moments.csv";

    /** The header of {@value #MOMENTS_CSV}, exactly. */
    public static final String MOMENTS_HEADER = "t,mass,mean,variance,msd,entropy,free_energy";

    /** The profiles table. */
    public static final String PROFILES_CSV = "profiles.csv";

    /** The profiles as a NumPy array, one row per profile. */
    public static final String PROFILES_NPY = "profiles.npy";

    /** The cell centres of the profiles. */
    public static final String PROFILES_X_NPY = "profiles_x.npy";

    /** The mesh times of the profiles. */
    public static final String PROFILES_T_NPY = "profiles_t.npy";

    private SolutionFiles() {
    }

    /**
     * Writes the tables and arrays.
     *
     * @param solution the solution
     * @param folder the run folder
     * @return the names of the files written, in order
     */
    public static List<String> write(Solution solution, RunFolder folder) {
        folder.writeCsv(MOMENTS_CSV, momentsTable(solution.moments()));
        folder.writeCsv(PROFILES_CSV, profilesTable(solution));

        List<Profile> profiles = solution.profiles();
        double[][] rows = new double[profiles.size()][];
        double[] times = new double[profiles.size()];
        for (int j = 0; j < rows.length; j++) {
            rows[j] = profiles.get(j).density();
            times[j] = profiles.get(j).time();
        }
        folder.writeNpy(PROFILES_NPY, NdArray.ofRows(rows));
        folder.writeNpy(PROFILES_X_NPY, NdArray.of(solution.grid().centres()));
        folder.writeNpy(PROFILES_T_NPY, NdArray.of(times));
        return List.of(MOMENTS_CSV, PROFILES_CSV, PROFILES_NPY, PROFILES_X_NPY,
            PROFILES_T_NPY);
    }

    /**
     * @param requestedTime a requested output time
     * @return its column name in {@value #PROFILES_CSV}, e.g. {@code P(t=0.5)}, {@code P(t=5)}
     */
    public static String profileColumn(double requestedTime) {
        return "P(t=" + plain(requestedTime) + ")";
    }

    /**
     * @param value a finite number
     * @return its shortest decimal text without exponent or trailing zeros: 0, 0.5, 10
     */
    static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static CsvTableWriter momentsTable(List<Moments> moments) {
        int rows = moments.size();
        double[][] columns = new double[7][rows];
        for (int r = 0; r < rows; r++) {
            Moments row = moments.get(r);
            columns[0][r] = row.time();
            columns[1][r] = row.mass();
            columns[2][r] = row.mean();
            columns[3][r] = row.variance();
            columns[4][r] = row.msd();
            columns[5][r] = row.entropy();
            columns[6][r] = row.freeEnergy();
        }
        String[] names = MOMENTS_HEADER.split(",");
        CsvTableWriter table = CsvTables.writer();
        for (int c = 0; c < names.length; c++) {
            table.column(names[c], columns[c]);
        }
        return table;
    }

    private static CsvTableWriter profilesTable(Solution solution) {
        CsvTableWriter table = CsvTables.writer().column("x", solution.grid().centres());
        for (Profile profile : solution.profiles()) {
            table.column(profileColumn(profile.requestedTime()), profile.density());
        }
        return table;
    }
}
