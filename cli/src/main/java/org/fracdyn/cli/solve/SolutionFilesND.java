package org.fracdyn.cli.solve;

import java.util.ArrayList;
import java.util.List;

import org.fracdyn.io.CsvTableWriter;
import org.fracdyn.io.CsvTables;
import org.fracdyn.io.NdArray;
import org.fracdyn.io.RunFolder;
import org.fracdyn.io.problem.DomainSpecND;
import org.fracdyn.solver.mesh.GridND;
import org.fracdyn.solver.observe.MomentsND;
import org.fracdyn.solver.solve.ProfileND;
import org.fracdyn.solver.solve.SolutionND;

/**
 * Writes the data of a two- or three-dimensional solve into its run folder, each file
 * atomically:
 * <ul>
 *   <li>{@value SolutionFiles#MOMENTS_CSV}: one row per recorded level, columns
 *       {@code t,mass,mean_x,mean_y[,mean_z],variance,msd,entropy,free_energy}
 *       ({@link #momentsHeader(int)}), the variance and MSD summed over the axes;</li>
 *   <li>{@value SolutionFiles#PROFILES_NPY}: float64 of shape (profiles, M_1, M_2[, M_3]),
 *       C order, the first index the profile, then the axes x, y[, z];</li>
 *   <li>{@value SolutionFiles#PROFILES_T_NPY}: the mesh time of each profile;</li>
 *   <li>{@code profiles_x.npy}, {@code profiles_y.npy}[, {@code profiles_z.npy}]: the cell
 *       centres of each axis.</li>
 * </ul>
 * There is no profiles.csv in two and three dimensions. The columns and their units are
 * documented in docs/solve.md.
 */
public final class SolutionFilesND {

    private SolutionFilesND() {
    }

    /**
     * @param dimension d, 2 or 3
     * @return the exact header of moments.csv in d dimensions
     */
    public static String momentsHeader(int dimension) {
        StringBuilder header = new StringBuilder("t,mass");
        for (int a = 0; a < dimension; a++) {
            header.append(",mean_").append(DomainSpecND.AXIS_NAMES.get(a));
        }
        return header.append(",variance,msd,entropy,free_energy").toString();
    }

    /**
     * @param axis the axis a
     * @return the file of its cell centres, e.g. {@code profiles_y.npy}
     */
    public static String centresFile(int axis) {
        return "profiles_" + DomainSpecND.AXIS_NAMES.get(axis) + ".npy";
    }

    /**
     * Writes the table and arrays.
     *
     * @param solution the solution
     * @param folder the run folder
     * @return the names of the files written, in order
     */
    public static List<String> write(SolutionND solution, RunFolder folder) {
        GridND grid = solution.grid();
        List<String> files = new ArrayList<>();
        folder.writeCsv(SolutionFiles.MOMENTS_CSV, momentsTable(solution.moments(),
            grid.dimension()));
        files.add(SolutionFiles.MOMENTS_CSV);

        folder.writeNpy(SolutionFiles.PROFILES_NPY,
            new NdArray(solution.stackedProfiles(), solution.stackedShape()));
        files.add(SolutionFiles.PROFILES_NPY);
        List<ProfileND> profiles = solution.profiles();
        double[] times = new double[profiles.size()];
        for (int j = 0; j < times.length; j++) {
            times[j] = profiles.get(j).time();
        }
        folder.writeNpy(SolutionFiles.PROFILES_T_NPY, NdArray.of(times));
        files.add(SolutionFiles.PROFILES_T_NPY);
        for (int a = 0; a < grid.dimension(); a++) {
            folder.writeNpy(centresFile(a), NdArray.of(grid.axis(a).centres()));
            files.add(centresFile(a));
        }
        return files;
    }

    private static CsvTableWriter momentsTable(List<MomentsND> moments, int dimension) {
        String[] names = momentsHeader(dimension).split(",");
        int rows = moments.size();
        double[][] columns = new double[names.length][rows];
        for (int r = 0; r < rows; r++) {
            MomentsND row = moments.get(r);
            int c = 0;
            columns[c++][r] = row.time();
            columns[c++][r] = row.mass();
            for (int a = 0; a < dimension; a++) {
                columns[c++][r] = row.mean(a);
            }
            columns[c++][r] = row.variance();
            columns[c++][r] = row.msd();
            columns[c++][r] = row.entropy();
            columns[c][r] = row.freeEnergy();
        }
        CsvTableWriter table = CsvTables.writer();
        for (int c = 0; c < names.length; c++) {
            table.column(names[c], columns[c]);
        }
        return table;
    }
}
