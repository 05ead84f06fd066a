package vn.baocao;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The logging backend (slf4j-simple, src/main/resources/simplelogger.properties): the web server's warnings
 * and errors and baocao's own are shown; the document-reading libraries stay silent, whichever logging API they
 * call (SLF4J, Commons Logging, Log4j API).
 */
class LoggingTest {

    @Test
    void serverErrorsAreShownAndTheReadingLibrariesAreSilent() {
        for (String shown :
                new String[] {"io.javalin.Javalin", "org.eclipse.jetty.server.Server", "vn.baocao.web.WebApp"}) {
            assertTrue(LoggerFactory.getLogger(shown).isWarnEnabled(), shown);
            assertTrue(LoggerFactory.getLogger(shown).isErrorEnabled(), shown);
            assertFalse(LoggerFactory.getLogger(shown).isInfoEnabled(), shown);
        }
        assertFalse(LoggerFactory.getLogger("org.apache.tika.parser.AutoDetectParser")
                .isErrorEnabled());
        assertFalse(org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.pdmodel.font.PDFont")
                .isErrorEnabled());
        assertFalse(org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.xwpf.usermodel.XWPFDocument")
                .isErrorEnabled());
        assertFalse(LoggerFactory.getLogger("edu.stanford.nlp.process.PTBLexer").isWarnEnabled());
    }
}
