import Foundation
import XCTest

/// Ctrl-C and SIGTERM stop a long command at once, with the status a shell
/// reports for a job the signal ended (130, 143): nothing in the CLI holds
/// them off while it loads, analyses or groups.
final class SignalTests: XCTestCase {
    /// A corpus long enough to still be working when the signal comes.
    private static let corpus: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-signals-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bundled = Binary.packageRoot.appendingPathComponent("corpus")
        let files = try! FileManager.default.contentsOfDirectory(atPath: bundled.path).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 0..<120 {
            for file in files {
                let text = try! String(contentsOf: bundled.appendingPathComponent(file), encoding: .utf8)
                try! text.write(to: folder.appendingPathComponent("\(copy)-\(file)"), atomically: false, encoding: .utf8)
            }
        }
        return folder
    }()

    override class func tearDown() {
        try? FileManager.default.removeItem(at: corpus)
    }

    /// Starts `parallax arguments`, sends `signal` after `delay` seconds,
    /// and returns its status as a shell gives it and how long it took to end.
    private func interrupt(_ arguments: [String], with signal: Int32, after delay: TimeInterval) throws -> (status: Int32, seconds: TimeInterval) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Default dispositions in the child, whatever the test runner has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([Binary.parallax] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, Binary.parallax, &actions, &attributes, argv, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        Thread.sleep(forTimeInterval: delay)
        let sent = Date()
        kill(pid, signal)
        var status: Int32 = 0
        // Not for ever: a command that ignores the signal is killed after 20 seconds and fails the test.
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if Date().timeIntervalSince(sent) > 20 { kill(pid, SIGKILL) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), Date().timeIntervalSince(sent))
    }

    func testLongCommandsEndOnSIGINTAndSIGTERM() throws {
        let path = Self.corpus.path
        for (arguments, signal) in [(["outlets", path], SIGINT), (["analyze", path], SIGTERM),
                                    (["events", path], SIGINT), (["outlets", path], SIGTERM)] {
            for delay in [0.3, 1.5] {
                // Still working when the signal comes: it ends by the signal (a command that held
                // it off would be killed after 20 seconds, 137, or finish, 0).
                let (status, _) = try interrupt(arguments, with: signal, after: delay)
                XCTAssertEqual(status, 128 + signal, "\(arguments[0]) after \(delay) s")
            }
        }
    }
}
