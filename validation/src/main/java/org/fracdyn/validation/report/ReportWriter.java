package org.fracdyn.validation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.fracdyn.io.AtomicFiles;
import org.fracdyn.validation.ValidationReport;
import org.fracdyn.validation.check.CheckGroup;
import org.fracdyn.validation.check.CheckResult;
import org.fracdyn.validation.check.Verdict;

/**
 * Writes a validation report as {@code report.md} (a table of every check, then a section per
 * group with its figures), {@code report.json} and {@code report.html} (the same as Markdown,
 * with the figures inline so that it reads offline). Each file is written atomically.
 */
public final class ReportWriter {

    private final String environment;

    /**
     * @param environment a line saying where the run happened (version, Java, machine)
     */
    public ReportWriter(String environment) {
        this.environment = environment;
    }

    /**
     * Writes the three report files into a folder.
     *
     * @param report the results
     * @param folder the report folder (figures are expected under it, as the checks wrote them)
     */
    public void write(ValidationReport report, Path folder) {
        AtomicFiles.writeString(folder.resolve("report.md"), markdown(report));
        AtomicFiles.writeString(folder.resolve("report.html"), html(report, folder));
        AtomicFiles.write(folder.resolve("report.json"), out -> mapper().writeValue(out,
            json(report)));
    }

    /**
     * @param report the results
     * @return the report as Markdown
     */
    public String markdown(ValidationReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# fracdyn validation report\n\n");
        md.append(summaryLine(report)).append("\n\n");
        md.append("| check | group | claim | reference | measured | tolerance | verdict |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (CheckResult r : report.results()) {
            md.append("| `").append(r.id()).append("` | ").append(r.group().label())
                .append(" | ").append(cell(r.claim()))
                .append(" | ").append(number(r.reference().value(), r.reference().uncertainty()))
                .append(" | ").append(number(r.measured().value(), r.measured().error()))
                .append(" | ").append(r.tolerance().describe())
                .append(" | **").append(r.verdict().label()).append("** |\n");
        }
        for (CheckGroup group : CheckGroup.values()) {
            List<CheckResult> inGroup = report.results().stream()
                .filter(r -> r.group() == group).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(group.title()).append("\n");
            for (CheckResult r : inGroup) {
                md.append("\n### ").append(r.id()).append(": ").append(r.verdict().label())
                    .append("\n\n").append(r.claim()).append("\n\n");
                md.append("- reference: ")
                    .append(number(r.reference().value(), r.reference().uncertainty()))
                    .append(" (").append(r.reference().source()).append(")\n");
                md.append("- measured: ").append(number(r.measured().value(), r.measured().error()))
                    .append("\n");
                md.append("- tolerance: ").append(r.tolerance().describe()).append(" (")
                    .append(r.tolerance().why()).append(")\n");
                md.append(String.format(Locale.ROOT, "- time: %.1f s%n", r.seconds()));
                if (!r.details().isEmpty()) {
                    md.append("\n").append(r.details()).append("\n");
                }
                for (Path figure : r.figures()) {
                    md.append("\n![").append(r.id()).append("](")
                        .append(figure.toString().replace('\\', '/')).append(")\n");
                }
            }
        }
        return md.toString();
    }

    private String summaryLine(ValidationReport report) {
        return String.format(Locale.ROOT,
            "Mode %s, seed %d, started %s, %d checks: %d pass, %d fail, %d inconclusive; %d claims"
                + " of the paper not supported by the data. %s",
            report.mode().name().toLowerCase(Locale.ROOT), report.seed(), report.started(),
            report.results().size(), report.count(Verdict.PASS), report.count(Verdict.FAIL),
            report.count(Verdict.INCONCLUSIVE), report.count(Verdict.NOT_SUPPORTED),
            environment);
    }

    private String html(ValidationReport report, Path folder) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>fracdyn validation report</title><style>")
            .append("body{font-family:sans-serif;max-width:70em;margin:2em auto;}")
            .append("table{border-collapse:collapse;}td,th{border:1px solid #ccc;")
            .append("padding:.3em .5em;vertical-align:top;}")
            .append(".pass{color:#070;}.fail{color:#b00;}.inconclusive{color:#a60;}")
            .append(".not-supported{color:#b00;font-style:italic;}")
            .append("img{max-width:100%;}</style></head><body>\n");
        html.append("<h1>fracdyn validation report</h1>\n<p>")
            .append(escape(summaryLine(report))).append("</p>\n<table><tr><th>check</th>")
            .append("<th>group</th><th>claim</th><th>reference</th><th>measured</th>")
            .append("<th>tolerance</th><th>verdict</th></tr>\n");
        for (CheckResult r : report.results()) {
            html.append("<tr><td><a href=\"#").append(r.id()).append("\">").append(r.id())
                .append("</a></td><td>").append(r.group().label()).append("</td><td>")
                .append(escape(r.claim())).append("</td><td>")
                .append(number(r.reference().value(), r.reference().uncertainty()))
                .append("</td><td>").append(number(r.measured().value(), r.measured().error()))
                .append("</td><td>").append(escape(r.tolerance().describe()))
                .append("</td><td class=\"").append(cssClass(r)).append("\">")
                .append(r.verdict().label()).append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (CheckResult r : report.results()) {
            html.append("<h3 id=\"").append(r.id()).append("\">").append(r.id()).append(": ")
                .append("<span class=\"").append(cssClass(r)).append("\">")
                .append(r.verdict().label()).append("</span></h3>\n<p>")
                .append(escape(r.claim())).append("</p>\n<ul><li>reference: ")
                .append(number(r.reference().value(), r.reference().uncertainty())).append(" (")
                .append(escape(r.reference().source())).append(")</li><li>measured: ")
                .append(number(r.measured().value(), r.measured().error()))
                .append("</li><li>tolerance: ")
                .append(escape(r.tolerance().describe())).append(" (")
                .append(escape(r.tolerance().why())).append(")</li></ul>\n");
            if (!r.details().isEmpty()) {
                html.append("<pre>").append(escape(r.details())).append("</pre>\n");
            }
            for (Path figure : r.figures()) {
                html.append("<img alt=\"").append(r.id()).append("\" src=\"data:image/png;base64,")
                    .append(base64(folder.resolve(figure))).append("\">\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static Map<String, Object> json(ValidationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", report.mode().name().toLowerCase(Locale.ROOT));
        root.put("seed", report.seed());
        root.put("started", report.started().toString());
        root.put("finished", report.finished().toString());
        root.put("passed", report.passed());
        root.put("counts", Map.of("pass", report.count(Verdict.PASS),
            "fail", report.count(Verdict.FAIL),
            "inconclusive", report.count(Verdict.INCONCLUSIVE),
            "not_supported", report.count(Verdict.NOT_SUPPORTED)));
        root.put("checks", report.results().stream().map(ReportWriter::json).toList());
        return root;
    }

    private static Map<String, Object> json(CheckResult r) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("id", r.id());
        check.put("group", r.group().label());
        check.put("claim", r.claim());
        check.put("reference", Map.of("value", finiteOrText(r.reference().value()),
            "uncertainty", r.reference().uncertainty(), "source", r.reference().source()));
        check.put("measured", Map.of("value", finiteOrText(r.measured().value()),
            "error", finiteOrText(r.measured().error())));
        check.put("tolerance", Map.of("absolute", r.tolerance().absolute(),
            "relative", r.tolerance().relative(), "sigmas", r.tolerance().sigmas(),
            "kind", r.tolerance().kind().name().toLowerCase(Locale.ROOT),
            "why", r.tolerance().why()));
        check.put("verdict", r.verdict().label());
        check.put("figures", r.figures().stream().map(p -> p.toString().replace('\\', '/'))
            .toList());
        check.put("details", r.details());
        check.put("seconds", r.seconds());
        return check;
    }

    private static String cssClass(CheckResult r) {
        return r.verdict().label().replace(' ', '-');
    }

    private static Object finiteOrText(double value) {
        return Double.isFinite(value) ? (Object) value : Double.toString(value);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static String number(double value, double error) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (error > 0 && Double.isFinite(error)) {
            return String.format(Locale.ROOT, "%.6g ± %.2g", value, error);
        }
        return String.format(Locale.ROOT, "%.8g", value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }

    private static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figure " + png, e);
        }
    }
}
