package id.cermin.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * A web fragment for test deployments only: opens Arquillian's runner servlet, which the
 * application's "everything needs a login" constraint would otherwise send to /login.
 */
public final class ArquillianRunnerAccess {

    private static final String FRAGMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private ArquillianRunnerAccess() {
    }

    public static JavaArchive fragment() {
        return ShrinkWrap.create(JavaArchive.class, "arquillian-open.jar")
                .addAsManifestResource(new StringAsset(FRAGMENT), "web-fragment.xml");
    }
}
