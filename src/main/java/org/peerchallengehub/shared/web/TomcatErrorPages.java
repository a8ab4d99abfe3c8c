package org.peerchallengehub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before any filter of ours runs — a web address it cannot parse,
 * a character it refuses, an error it meets writing an error — with its own error page. That page now
 * carries the same security headers as every other response, and says only the status, in plain
 * words: no server name or version, no stack trace.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report with our headers and a minimal page. */
    public static final class SecureErrorReportValve extends ErrorReportValve {

        public SecureErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpServletResponse servlet = response.getResponse();
            SecurityHeaders.apply(servlet);
            try {
                servlet.setContentType("text/html;charset=UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(
                            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sorry, there is a"
                                    + " problem – Peer Challenge Hub</title></head><body><h1>Sorry, there is a problem</h1><p>The"
                                    + " service could not complete your request (status " + status
                                    + ").</p><p><a href=\"/\">Go"
                                    + " to the start page</a></p></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing more to say
            }
        }
    }
}
