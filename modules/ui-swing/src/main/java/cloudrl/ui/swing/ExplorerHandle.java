package cloudrl.ui.swing;

import cloudrl.ui.swing.window.ExplorerWindow;

import javax.swing.SwingUtilities;
import java.awt.Window;
import java.util.concurrent.TimeUnit;

/** An open explorer window: wait for the user to close it, or close it. */
public final class ExplorerHandle {

    private final ExplorerWindow window;

    ExplorerHandle(ExplorerWindow window) {
        this.window = window;
    }

    /** The window itself. */
    public Window window() {
        return window.frame();
    }

    /** Blocks until the user closes the window. */
    public void awaitClosed() throws InterruptedException {
        window.awaitClosed();
    }

    /** Blocks up to {@code timeout} for the window to close; whether it closed. */
    public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return window.awaitClosed(timeout, unit);
    }

    /** Closes the window as the user would, remembering its size. */
    public void close() {
        SwingUtilities.invokeLater(window::close);
    }
}
