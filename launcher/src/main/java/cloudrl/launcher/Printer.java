package cloudrl.launcher;

import java.io.PrintWriter;
import java.util.Locale;

/** The command line's user-facing output: formatted lines, always with a dot as decimal separator. */
final class Printer {

    private final PrintWriter out;

    Printer(PrintWriter out) {
        this.out = out;
    }

    void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    void line() {
        out.println();
    }

    void raw(String text) {
        out.println(text);
    }

    void flush() {
        out.flush();
    }
}
