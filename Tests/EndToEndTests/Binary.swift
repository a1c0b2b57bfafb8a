import Foundation
import XCTest

/// Runs the built `parallax` binary and other programs, as a user would.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedPath = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path

    /// The parallax executable next to the test bundle (swift test builds it first).
    static let parallax: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("parallax").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/parallax").path
    }()

    /// `XDG_DATA_HOME` for every program run here unless a test gives its own:
    /// one scratch folder for all runs (the command line never writes there;
    /// the tests of what the reader keeps give their own).
    static let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-test-data-home").path

    /// `XDG_CACHE_HOME` likewise: the index the commands keep goes to a
    /// scratch folder, never the real ~/.cache (the index's own tests give
    /// their own). One a test process, emptied first, so that an index left
    /// by an older build never adds a "rebuilding" message to a test's output.
    static let cacheHome: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("parallax-test-cache-home-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `executable` with `arguments` in `folder` and waits for it.
    ///
    /// This uses posix_spawn and waitpid rather than Foundation's Process:
    /// on Linux, Process learns that a child exited from a descriptor the
    /// child inherits, and a program that leaves a daemon behind (tmux
    /// starts its server) keeps that descriptor open for ever. Output goes
    /// to files for the same reason.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL = packageRoot,
                    environment: [String: String] = [:]) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-run-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("out").path, errPath = scratch.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        // What a reader keeps and the index go to scratch folders, never the
        // real ~/.local/share and ~/.cache.
        let env = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": dataHome, "XDG_CACHE_HOME": cacheHome]) { $1 }
            .merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        // sh changes to the folder, then becomes the program.
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path, executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code,
                      stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self))
    }

    static func parallax(_ arguments: String...) throws -> Result { try run(parallax, arguments) }

    /// Finds a program on PATH.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
