import Foundation
import XCTest

/// A local web server for the `add` tests: python3's http.server on
/// 127.0.0.1 with a port the system picks, serving the pages the test
/// writes and the failures it needs (a PDF, a 404, a redirect chain, an
/// endless body, a slow answer). Python's is used because python3 is on
/// every CI machine and a threaded server is a dozen lines there.
final class TestPageServer {
    /// The folder the pages are served from (`/pages/NAME`).
    let root: URL
    let port: Int
    private let folder: URL
    private var pid: pid_t

    /// Starts the server and waits until it listens: the script writes its
    /// port only after binding and listening, and renames the file into
    /// place so a half-written port is never read.
    init(pages: [String: Data]) throws {
        guard let python = Binary.which("python3") else { throw XCTSkip("python3 is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-server-\(UUID())")
        root = folder.appendingPathComponent("root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, data) in pages { try data.write(to: root.appendingPathComponent(name)) }
        let script = folder.appendingPathComponent("server.py")
        try Data(Self.script.utf8).write(to: script)
        let portFile = folder.appendingPathComponent("port")
        let logFile = folder.appendingPathComponent("server.log")

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, logFile.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let arguments: [String] = [python, "-u", script.path, root.path, portFile.path,
                                   folder.appendingPathComponent("requests").path]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, python, &actions, nil, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        self.pid = pid

        let deadline = Date().addingTimeInterval(20)
        var port: Int?
        while Date() < deadline {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let number = Int(text) {
                port = number
                break
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                self.pid = 0
                let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
                throw XCTSkip("the test server did not start: \(log)")
            }
            usleep(50_000)
        }
        guard let port else {
            kill(pid, SIGKILL)
            waitpid(pid, nil, 0)
            self.pid = 0
            throw XCTSkip("the test server did not start within 20 s")
        }
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The User-Agent of every request so far, in order.
    var userAgents: [String] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("requests"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    func stop() {
        if pid > 0 {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            pid = 0
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }

    /// A port nothing listens on: bound by the system's choice, then closed.
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The server. Routes: /pages/NAME (text/html), /untyped (the article
    /// without a Content-Type), /report.pdf, /data.json, /redirect/N (N
    /// redirects, then the article), /huge (12 MB of HTML, no
    /// Content-Length), /huge-declared (says 50 MB), /slow (answers after
    /// 8 s), /error (500); anything else is a 404.
    static let script = #"""
    import http.server, os, socketserver, sys, threading, time

    ROOT, PORT_FILE, REQUESTS = sys.argv[1], sys.argv[2], sys.argv[3]
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, status, body, content_type=None, headers=()):
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def page(self, name):
            with open(os.path.join(ROOT, os.path.basename(name)), "rb") as f:
                return f.read()

        def do_GET(self):
            with lock:
                with open(REQUESTS, "a") as f:
                    f.write(self.headers.get("User-Agent", "") + "\n")
            path = self.path.split("?")[0]
            try:
                if path.startswith("/pages/") and os.path.exists(os.path.join(ROOT, os.path.basename(path))):
                    self.send(200, self.page(path), "text/html; charset=utf-8")
                elif path == "/untyped":
                    self.send(200, self.page("article.html"))
                elif path == "/report.pdf":
                    self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
                elif path == "/data.json":
                    self.send(200, b'{"title": "not a page"}', "application/json")
                elif path.startswith("/redirect/"):
                    n = int(path[len("/redirect/"):])
                    target = "/pages/article.html" if n <= 1 else "/redirect/%d" % (n - 1)
                    self.send(302, b"", None, [("Location", target)])
                elif path == "/huge":
                    # HTTP/1.0 without Content-Length: the body ends when the connection closes.
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(b"<html><body><article>")
                    chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
                    for _ in range(12_000_000 // len(chunk) + 1):
                        self.wfile.write(chunk)
                elif path == "/huge-declared":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", "50000000")
                    self.end_headers()
                    self.wfile.write(b"<html>")
                elif path == "/slow":
                    time.sleep(8)
                    self.send(200, self.page("article.html"), "text/html")
                elif path == "/error":
                    self.send(500, b"<html><body><p>Internal error</p></body></html>", "text/html")
                else:
                    self.send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")
            except (BrokenPipeError, ConnectionResetError):
                pass

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    with open(PORT_FILE + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(PORT_FILE + ".tmp", PORT_FILE)
    server.serve_forever()
    """#
}
