package org.redress.app.cli.users;

/** How a new second factor is handed over: its URI once, on standard output, with what to do with it. */
final class TotpUri {
    private TotpUri() {}

    static void print(String uri) {
        System.out.println("Second factor: add this to the user's authenticator app (as text, or as a QR code with");
        System.out.println("e.g. qrencode -t ansiutf8); it is not shown again:");
        System.out.println(uri);
    }
}
