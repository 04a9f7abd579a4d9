package org.sqlbundle.verifier.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sqlbundle.errors.Problem;
import org.sqlbundle.errors.SourcePos;
import org.sqlbundle.errors.SqlbundleException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Merges the JUnit XML of {@code verify --shard I/N} runs into one report: the test cases of every shard, steps in
 * range order and the whole-range checks last, with the counts summed. Shards numbered their steps in the whole
 * range, so the merge of all N shards is written exactly as the unsharded run's report would be. Files of another
 * chain or dialect, and a test case found twice (a shard given twice), are bad input (E092).
 */
public final class JunitMerge {

    private static final Pattern STEP = Pattern.compile("step (\\d+) .*", Pattern.DOTALL);

    private JunitMerge() {
    }

    private record Case(String name, int order, Element element, Path file) {
    }

    public static String merge(List<Path> files) {
        if (files.isEmpty()) {
            throw problem("--", "no report to merge", "name the shards' JUnit files: report merge A.xml B.xml --out ALL.xml");
        }
        String suiteName = null;
        String classname = null;
        Map<String, Case> byName = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Path file : files) {
            Element suite = read(file);
            if (suiteName == null) {
                suiteName = suite.getAttribute("name");
            }
            NodeList testcases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < testcases.getLength(); i++) {
                Element e = (Element) testcases.item(i);
                String cls = e.getAttribute("classname");
                if (classname == null) {
                    classname = cls;
                } else if (!classname.equals(cls)) {
                    throw problem(file.toString(), "its test cases are " + cls + ", the first file's " + classname
                                    + ": reports of another chain or dialect",
                            "merge only the shards of one verify run (same chain, dialect and range)");
                }
                Matcher m = STEP.matcher(e.getAttribute("name"));
                Case c = new Case(e.getAttribute("name"), m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE,
                        e, file);
                Case earlier = byName.putIfAbsent(c.name(), c);
                if (earlier != null) {
                    throw problem(file.toString(), "test case '" + c.name() + "' is also in " + earlier.file(),
                            "give each shard's report once; two files hold the same slice");
                }
                cases.add(c);
            }
        }
        cases.sort(Comparator.comparingInt(Case::order)); // stable: a step's checks keep their run order
        return write(suiteName, cases);
    }

    private static Element read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // plain data files: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing printed
            Element root = builder.parse(in).getDocumentElement();
            if (!root.getTagName().equals("testsuite")) {
                throw problem(file.toString(), "the root element is <" + root.getTagName() + ">, not <testsuite>",
                        "merge the files verify --junit (or --report junit) wrote");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw problem(file.toString(), "file not found", "check the path of each shard's report");
        } catch (SAXException e) {
            throw problem(file.toString(), "not well-formed XML: " + e.getMessage(),
                    "merge the files verify --junit wrote, complete (a job cut short may leave none)");
        } catch (IOException e) {
            throw new SqlbundleException(SqlbundleException.Kind.INFRASTRUCTURE, "cannot read " + file + ": "
                    + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    private static String write(String suiteName, List<Case> cases) {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (Case c : cases) {
            failures += c.element().getElementsByTagName("failure").getLength() > 0 ? 1 : 0;
            errors += c.element().getElementsByTagName("error").getLength() > 0 ? 1 : 0;
            skipped += c.element().getElementsByTagName("skipped").getLength() > 0 ? 1 : 0;
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            // laid out as JunitReport lays out a run's report
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suiteName);
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", String.valueOf(errors));
            xml.writeAttribute("skipped", String.valueOf(skipped));
            xml.writeCharacters("\n");
            for (Case c : cases) {
                xml.writeCharacters("  ");
                copy(xml, c.element(), true);
                xml.writeCharacters("\n");
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

    /** As JunitReport writes: a test case always with an end tag, an element inside it empty when it has no content. */
    private static void copy(XMLStreamWriter xml, Element e, boolean testcase) throws XMLStreamException {
        NodeList children = e.getChildNodes();
        boolean empty = children.getLength() == 0 && !testcase;
        if (empty) {
            xml.writeEmptyElement(e.getTagName());
        } else {
            xml.writeStartElement(e.getTagName());
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            xml.writeAttribute(a.getName(), a.getValue());
        }
        if (empty) {
            return;
        }
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> copy(xml, (Element) child, false);
                case Node.TEXT_NODE -> xml.writeCharacters(child.getNodeValue());
                case Node.CDATA_SECTION_NODE -> xml.writeCData(child.getNodeValue());
                default -> {
                }
            }
        }
        xml.writeEndElement();
    }

    private static SqlbundleException problem(String file, String message, String hint) {
        return SqlbundleException.badInput(Problem.of(SourcePos.ofFile(file), "E092", message, hint));
    }
}
