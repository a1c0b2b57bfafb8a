import Foundation

/// A timeline of the reader, for `make bench-scale`: with
/// `PARALLAX_TRACE=/path/file` set, the process appends one line per event
/// to that file,
///
///     <monotonic ns> <event> [detail]
///
/// where the time is `CLOCK_MONOTONIC` in nanoseconds (Python's
/// `time.monotonic_ns()` reads the same clock) and the events are:
///
/// - `start`: the process's `main` began (the CLI notes it first thing);
/// - `frame <mode> [overlay]`: a frame was shown (`loading`, `browse`,
///   `compare`, `outlets` or `working`; `help`, `picker` or `search` when
///   one stands over the mode);
/// - `first-list`: right after the first frame showing the article list
///   with the corpus ready;
/// - `key <name>` (as help writes it: `j`, `Enter`, `Esc`), `mouse`,
///   `resize <w>x<h>`, `signal <n>`: an input event taken, before its update;
/// - `finished <job>`: background work's result taken (`load`, `load failed`,
///   `compare`, `outlets`, `filter`), before its update.
///
/// Each line is one `write(2)` to a file opened for appending, so lines are
/// whole and in order. With the variable unset there is no trace: the
/// reader's hooks are `trace?.…` on nil and cost nothing.
public final class FrameTrace: @unchecked Sendable {
    /// The trace `PARALLAX_TRACE` names, opened on first use; nil when it is
    /// unset, empty, or cannot be opened.
    public static let shared: FrameTrace? = {
        guard let path = getenv("PARALLAX_TRACE").map({ String(cString: $0) }), !path.isEmpty else { return nil }
        return FrameTrace(path: path)
    }()

    private let fd: Int32
    private let lock = NSLock()
    /// Whether `first-list` has been written.
    private var listShown = false

    /// A trace appending to `path` (created if missing); nil when it cannot be opened.
    public init?(path: String) {
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
    }

    deinit { close(fd) }

    /// Appends `<now> <event>[ <detail>]`.
    public func note(_ event: String, _ detail: String? = nil) {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        let now = UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
        var line = "\(now) \(event)"
        if let detail { line += " " + detail }
        line += "\n"
        _ = line.withUTF8 { write(fd, $0.baseAddress, $0.count) }
    }

    /// An event taken by the loop: input (`key`, `mouse`, `resize`,
    /// `signal`) or a job's result (`finished`); progress is not traced.
    func took(_ event: Event) {
        switch event {
        case .key(let key): note("key", key.label)
        case .mouse: note("mouse")
        case .resize(let size): note("resize", "\(size.width)x\(size.height)")
        case .signal(let number): note("signal", String(number))
        case .progress: break
        case .finished(let result):
            switch result.outcome {
            case .loaded: note("finished", "load")
            case .failed: note("finished", "load failed")
            case .compared: note("finished", "compare")
            case .outlets: note("finished", "outlets")
            case .filtered: note("finished", "filter")
            case .cancelled: note("finished", "cancelled")
            }
        }
    }

    /// A frame of `state` was shown; the first with the list and a corpus
    /// is followed by `first-list`.
    func shown(_ state: AppState) {
        note("frame", Self.describe(state))
        guard case .browse = state.mode, !state.corpus.articles.isEmpty else { return }
        lock.lock()
        let first = !listShown
        listShown = true
        lock.unlock()
        if first { note("first-list") }
    }

    /// "browse", "browse picker", "working"...: the mode, then the overlay if any.
    static func describe(_ state: AppState) -> String {
        let mode: String
        switch state.mode {
        case .loading: mode = "loading"
        case .browse: mode = "browse"
        case .compare: mode = "compare"
        case .outlets: mode = "outlets"
        case .working: mode = "working"
        }
        switch state.overlay {
        case nil: return mode
        case .help?: return mode + " help"
        case .picker?: return mode + " picker"
        case .search?: return mode + " search"
        }
    }
}
