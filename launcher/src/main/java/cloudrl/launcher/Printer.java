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

    /** Replaces the current terminal line with a status, such as a progress bar, without ending the line. */
    void status(String format, Object... args) {
        // carriage return, the text, then ANSI "erase to end of line" for what a longer status left behind
        out.print("\r" + String.format(Locale.ROOT, format, args) + "\u001b[K");
        out.flush();
    }

    void raw(String text) {
        out.println(text);
    }

    void flush() {
        out.flush();
    }
}
