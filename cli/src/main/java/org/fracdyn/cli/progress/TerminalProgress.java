package org.fracdyn.cli.progress;

import java.io.PrintStream;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the progress of a long command on stderr: an animated bar (me.tongfei progressbar)
 * when stderr is an interactive terminal, and otherwise (a pipe, a log file, CI) one plain
 * line per tenth of the work, so that logs are not flooded with redraws. It is used as a
 * callback: pass {@code progress::update} where a library asks for a listener of
 * (done, total, message). Close it when the work ends. Not thread-safe: call it from one
 * thread, or from a listener the library calls in order.
 */
public final class TerminalProgress implements AutoCloseable {

    private final String task;
    private final PrintStream plainOut;
    private final boolean animated;
    private ProgressBar bar;
    private long lastTenth = -1;
    private boolean closed;

    private TerminalProgress(String task, PrintStream plainOut, boolean animated) {
        this.task = task;
        this.plainOut = plainOut;
        this.animated = animated;
    }

    /**
     * Progress on stderr, animated if stderr looks like an interactive terminal: a console
     * is attached, the {@code CI} environment variable is unset and {@code TERM} is not
     * {@code dumb}.
     *
     * @param task the name shown before the bar, e.g. "solve"
     * @return the progress display
     */
    public static TerminalProgress toStderr(String task) {
        boolean interactive = System.console() != null && System.getenv("CI") == null
            && !"dumb".equals(System.getenv("TERM"));
        return new TerminalProgress(task, System.err, interactive);
    }

    /**
     * Plain progress lines (one per tenth of the work) on the given stream, never animated.
     *
     * @param task the name that starts every line
     * @param out where the lines go
     * @return the progress display
     */
    public static TerminalProgress plain(String task, PrintStream out) {
        return new TerminalProgress(task, out, false);
    }

    /** An animated bar on any stream, for tests of the bar itself. */
    static TerminalProgress animated(String task, PrintStream out) {
        return new TerminalProgress(task, out, true);
    }

    /** @return whether this display draws an animated bar */
    public boolean isAnimated() {
        return animated;
    }

    /**
     * Reports progress.
     *
     * @param done the work done so far, 0 &lt;= done &lt;= total
     * @param total the whole work, &gt; 0 (it may change between calls)
     * @param message a short note, e.g. "t = 1.25", or null
     */
    public void update(long done, long total, String message) {
        if (closed || total <= 0) {
            return;
        }
        long clamped = Math.max(0, Math.min(done, total));
        if (animated) {
            updateBar(clamped, total, message);
        } else {
            updatePlain(clamped, total, message);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        }
        plainOut.flush();
    }

    private void updateBar(long done, long total, String message) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(plainOut))
                .build();
        }
        if (bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
        bar.setExtraMessage(message == null ? "" : message);
    }

    private void updatePlain(long done, long total, String message) {
        long tenth = done * 10 / total;
        if (tenth <= lastTenth) {
            return;
        }
        lastTenth = tenth;
        String note = message == null || message.isEmpty() ? "" : "  " + message;
        plainOut.println(String.format(Locale.ROOT, "%s: %3d%% (%d/%d)%s", task,
            tenth * 10, done, total, note));
        plainOut.flush();
    }
}
