package id.cermin.testing;

import jakarta.servlet.annotation.WebServlet;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every URL pattern the application serves, found where a new page would be declared: the
 * {@code @WebServlet} annotations of the WAR's classes and the servlet mappings of
 * {@code web.xml}. Tests that must cover every route compare their tables with this.
 */
public final class Routes {

    private Routes() {
    }

    public static Set<String> patterns() {
        Set<String> patterns = new TreeSet<>();
        patterns.addAll(annotated());
        patterns.addAll(mappedInWebXml());
        return patterns;
    }

    private static Set<String> annotated() {
        Path classes = classesDirectory();
        Set<String> patterns = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        Routes.class.getClassLoader());
                WebServlet servlet = type.getAnnotation(WebServlet.class);
                if (servlet != null) {
                    patterns.addAll(Arrays.asList(servlet.value()));
                    patterns.addAll(Arrays.asList(servlet.urlPatterns()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("Cannot read the servlets of " + classes, e);
        }
        return patterns;
    }

    private static Set<String> mappedInWebXml() {
        Set<String> patterns = new TreeSet<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document webXml = factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
            NodeList mappings = webXml.getElementsByTagNameNS("*", "servlet-mapping");
            for (int i = 0; i < mappings.getLength(); i++) {
                NodeList urls = ((org.w3c.dom.Element) mappings.item(i)).getElementsByTagNameNS("*", "url-pattern");
                for (int j = 0; j < urls.getLength(); j++) {
                    patterns.add(urls.item(j).getTextContent().strip());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read web.xml", e);
        }
        return patterns;
    }

    /** Where the WAR's own classes are (not the tests'): the folder of a class of the WAR. */
    private static Path classesDirectory() {
        try {
            return Path.of(id.cermin.platform.HealthServlet.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
