package id.cermin.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A port someone else holds would only show as a server that never comes up: say so at once. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port) {
        if (answers(port) || !bindable(port)) {
            throw new IllegalStateException("port " + port + " is already in use by another program"
                    + " (is Cermin already running? cermin status tells)");
        }
    }

    /** Something listens there (on Windows a bind alone can succeed beside another listener). */
    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
