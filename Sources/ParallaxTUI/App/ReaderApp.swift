import Foundation
import ParallaxKit

/// The event loop: render the state, show the frame, wait for an event,
/// update the state, carry out the effects. Data flows one way; only the
/// terminal has side effects. The app owns the layout cache that update
/// and render share.
///
/// Work that takes long (loading the corpus, a comparison, the outlets
/// report) never runs here: `update` asks for it with `Effect.start`, the
/// executor runs it (on a thread of its own by default), and it posts its
/// progress and result to the inbox. The loop drains the inbox before each
/// wait for input and waits at most 30 ms while work is pending, so results
/// show within a frame or two and keys work all the while.
public final class ReaderApp {
    public private(set) var state: AppState
    /// Set when the loop ends on `q` (0) or a signal (128 + the signal).
    public private(set) var exitStatus: Int32?
    /// The problems with the corpus's files, once it has loaded in the
    /// background (the CLI prints them after the reader closes).
    public private(set) var loadWarnings: [LoadWarning] = []
    /// Why what was read could not be saved on the way out, if it could not.
    public private(set) var memoryWarning: String?
    private let terminal: Terminal
    private let layouts: LayoutCache
    private let executor: JobExecutor
    private let inbox = Inbox()
    /// Jobs started and not yet finished, with the flag that stops them.
    private var running: [JobID: CancellationFlag] = [:]
    /// Effects to carry out when `run` first starts (loading the corpus).
    private var initial: [Effect]
    /// Where read marks and places are kept between runs; nil keeps them
    /// for this run only (tests, the bench, a file that must not be written).
    private var memoryFile: ReaderMemoryFile?
    /// The `marksRevision` last saved, and when.
    private var savedRevision = 0
    private var lastSave: UInt64 = 0
    /// Where frames, input and results are noted (`PARALLAX_TRACE`); nil: nowhere.
    public var trace = FrameTrace.shared

    /// The reader on a corpus already loaded (tests, the bench). Jobs run
    /// on `executor`: a test passes `InlineExecutor` to have results at once.
    /// With a `memory` file, it opens as the last run left it and keeps what is read there.
    public init(corpus: Corpus, terminal: Terminal, executor: JobExecutor = ThreadExecutor(),
                memory: ReaderMemoryFile? = nil) {
        let kept = memory?.load()
        let reader = ReaderCorpus(articles: corpus.articles, events: corpus.events)
        layouts = LayoutCache(articles: reader.articles)
        state = AppState(corpus: reader, size: terminal.size,
                         message: Self.join(kept?.warning, AppState.loadMessage(corpus.warnings)),
                         memory: kept?.memory ?? ReaderMemory(), layouts: layouts)
        loadWarnings = corpus.warnings
        self.terminal = terminal
        self.executor = executor
        initial = []
        memoryFile = kept?.canSave == true ? memory : nil
        savedRevision = state.marksRevision
    }

    /// The reader on the corpus at `paths`, loaded in the background: the
    /// first frame shows the progress line at once. With a `memory` file,
    /// it opens as the last run left it and keeps what is read there.
    public init(paths: [String], terminal: Terminal, executor: JobExecutor = ThreadExecutor(),
                memory: ReaderMemoryFile? = nil) {
        let kept = memory?.load()
        var (loading, effects) = AppState.loading(paths: paths, size: terminal.size, memory: kept?.memory ?? ReaderMemory())
        loading.message = kept?.warning
        state = loading
        self.terminal = terminal
        self.executor = executor
        layouts = LayoutCache(articles: ArticleShelf([]))
        initial = effects
        memoryFile = kept?.canSave == true ? memory : nil
        savedRevision = state.marksRevision
    }

    private static func join(_ a: String?, _ b: String?) -> String? {
        let parts = [a, b].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// Whether background work is still running.
    public var isWorking: Bool { !running.isEmpty }

    /// Runs until the user quits, a quit signal arrives, or (for a scripted
    /// terminal) the events run out. Results that arrive are taken before
    /// each key; those still running when the script ends are left to
    /// `settle()` or the next `run()`.
    public func run() {
        let first = initial
        initial = []
        carryOut(first)
        draw()
        // What was read is saved on the way out too (q, a signal, the end of a script).
        defer { saveMarks(force: true, ending: true) }
        while exitStatus == nil {
            let arrived = inbox.drain()
            if !arrived.isEmpty {
                for event in arrived where exitStatus == nil { handle(event) }
                if exitStatus == nil { draw() }
                continue
            }
            switch terminal.nextInput(timeoutMilliseconds: running.isEmpty ? 250 : 30) {
            case .end: return
            case .idle: saveMarks(force: true)
            case .event(let event):
                handle(event)
                // The frame first: saving the marks of 100,000 articles takes
                // tens of milliseconds, which the key should not wait for.
                if exitStatus == nil { draw() }
                saveMarks(force: false)
            }
        }
    }

    /// Saves the marks when they changed: at once when idle or quitting,
    /// else at most once a second while keys keep coming. A file that
    /// cannot be written is said once in the status bar; the reader goes on
    /// without keeping.
    private func saveMarks(force: Bool, ending: Bool = false) {
        guard let file = memoryFile, state.marksRevision != savedRevision, !state.corpus.articles.isEmpty else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard force || now - lastSave >= 1_000_000_000 else { return }
        lastSave = now
        savedRevision = state.marksRevision
        let marks = state.marks, keys = state.corpus.keys
        do {
            try file.update { $0.remember(marks, for: keys) }
        } catch {
            memoryFile = nil
            let warning = "Read marks not saved: \(error)"
            if ending {
                memoryWarning = warning
            } else {
                state.message = warning
                draw()
            }
        }
    }

    /// Waits (without input) until no background work is running or
    /// `seconds` have passed, taking the results as they come and drawing
    /// each frame (tests and the bench, with a real executor).
    public func settle(seconds: Double = 60) {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        while exitStatus == nil {
            let arrived = inbox.drain()
            for event in arrived where exitStatus == nil { handle(event) }
            if !arrived.isEmpty, exitStatus == nil { draw() }
            guard !running.isEmpty, DispatchTime.now().uptimeNanoseconds < deadline else { return }
            inbox.wait(seconds: 0.05)
        }
    }

    private func handle(_ event: Event) {
        trace?.took(event)
        if case .finished(let result) = event {
            running[result.job] = nil
            if case .loaded(_, let warnings) = result.outcome { loadWarnings = warnings }
        }
        let (next, effects) = Update.update(state, event, layouts: layouts)
        state = next
        carryOut(effects)
    }

    private func carryOut(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit(let status):
                exitStatus = status
                // Nothing will take their results now.
                for flag in running.values { flag.cancel() }
            case .repaint: terminal.invalidate()
            case .start(let id, let job): start(id, job)
            case .cancel(let id):
                running[id]?.cancel()
                running[id] = nil
            }
        }
    }

    /// Hands `job` to the executor; it posts its progress and its result
    /// (unless cancelled) to the inbox.
    private func start(_ id: JobID, _ job: Job) {
        let flag = CancellationFlag()
        running[id] = flag
        let corpus = state.corpus, inbox = self.inbox
        executor.execute {
            let outcome = Jobs.perform(job, corpus: corpus, progress: { inbox.post(.progress(id, $0)) },
                                       cancellation: flag)
            if case .cancelled = outcome { return }
            inbox.post(.finished(JobResult(job: id, outcome: outcome)))
        }
    }

    private func draw() {
        terminal.show(Screen.render(state, layouts: layouts))
        trace?.shown(state)
    }

    /// Why the corpus could not be loaded, if it could not.
    public var loadFailure: String? {
        if case .loading(let loading) = state.mode { return loading.failure }
        return nil
    }

    /// Opens the reader on a real terminal and gives it back on the way out.
    /// Returns the exit status: 0 after `q`, 128 + the signal after one.
    public static func runInTerminal(corpus: Corpus, mouse: Bool) -> Int32 {
        run(mouse: mouse) { ReaderApp(corpus: corpus, terminal: $0, memory: ReaderMemoryFile.standard()) }.status
    }

    /// How the reader ended: the exit status (0 after `q`, 128 + the signal
    /// after one), the problems with the corpus's files, and why the corpus
    /// could not be loaded, if it could not.
    public struct Outcome {
        public let status: Int32
        public let warnings: [LoadWarning]
        public let failure: String?
        /// Why what was read could not be saved when the reader closed.
        public let memoryWarning: String?
        /// The corpus the reader had loaded (an empty one if it had not).
        public let corpus: OpenedCorpus
    }

    /// Opens the reader at once and loads the corpus at `paths` behind the
    /// progress line; `q` and Ctrl-C work while it loads.
    public static func runInTerminal(paths: [String], mouse: Bool) -> Outcome {
        run(mouse: mouse) { ReaderApp(paths: paths, terminal: $0, memory: ReaderMemoryFile.standard()) }
    }

    private static func run(mouse: Bool, _ make: (Terminal) -> ReaderApp) -> Outcome {
        let color = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = NcursesTerminal(mouse: mouse, color: color)
        defer { terminal.close() }
        let app = make(terminal)
        app.run()
        return Outcome(status: app.exitStatus ?? 0, warnings: app.loadWarnings, failure: app.loadFailure,
                       memoryWarning: app.memoryWarning, corpus: app.state.corpus.opened)
    }
}
