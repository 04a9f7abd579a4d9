package org.sqlbundle.verifier;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sqlbundle.catalog.snapshot.SnapshotDiff;
import org.sqlbundle.verifier.internal.report.JunitMerge;

/**
 * JUnit XML for CI: one test case per step x check (and per whole-range check), so an asymmetric revision shows as
 * a failed test named after it. Checks not reached are skipped. No timings: names and content stay deterministic,
 * and the shards of a sharded run merge ({@link JunitMerge}) into the unsharded run's report.
 */
public final class JunitReport {

    private JunitReport() {
    }

    private record Case(String name, CheckResult check) {
    }

    /**
     * The report as a JUnit XML {@code <testsuite>} document (UTF-8 declared), to be written to a file CI collects;
     * pure (no I/O).
     */
    public static String render(VerificationResult r) {
        List<Case> cases = new ArrayList<>();
        // the whole range's width, so a shard's case names are the unsharded run's
        int width = String.valueOf(r.rangeSize()).length();
        for (StepResult s : r.steps()) {
            for (CheckResult c : s.checks()) {
                cases.add(new Case(String.format(Locale.ROOT, "step %0" + width + "d %s %s", s.number(),
                        s.revision(), c.check().label()), c));
            }
        }
        r.bundleChecks().forEach(c -> cases.add(new Case("whole range " + c.check().label(), c)));
        String classname = "sqlbundle.verify." + r.chain() + "." + r.dialect();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "sqlbundle verify " + r.chain() + " on " + r.target() + " (" + r.dialect() + ")");
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(r.count(Outcome.FAILED)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(r.count(Outcome.NOT_RUN)));
            xml.writeCharacters("\n");
            for (Case c : cases) {
                writeCase(xml, classname, c);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, String classname, Case c) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", c.name());
        CheckResult check = c.check();
        switch (check.outcome()) {
            case FAILED:
                xml.writeStartElement("failure");
                xml.writeAttribute("message", check.detail().lines().findFirst().orElse("failed"));
                xml.writeCharacters(body(check));
                xml.writeEndElement();
                break;
            case NOT_RUN:
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "not run: an earlier check failed");
                break;
            case REPORTED:
                xml.writeStartElement("system-out");
                xml.writeCharacters(body(check));
                xml.writeEndElement();
                break;
            default:
                break;
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String body(CheckResult check) {
        StringBuilder b = new StringBuilder(check.detail());
        check.notes().forEach(n -> b.append('\n').append(n));
        if (!check.differences().isEmpty()) {
            b.append('\n').append(SnapshotDiff.format(check.differences()));
        }
        return b.toString();
    }
}
