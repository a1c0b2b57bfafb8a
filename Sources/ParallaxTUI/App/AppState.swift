import ParallaxKit

/// Everything the reader shows, as plain values: the corpus, the screen
/// size, the mode on screen with the modes Esc goes back to, an overlay, and
/// a one-line message. Views draw it; `Update.update` makes the next one.
public struct AppState: Sendable {
    /// Empty while the corpus loads; the loaded one after.
    public internal(set) var corpus: ReaderCorpus
    public var size: Size
    /// What the body shows: the list and reader, a comparison, the outlets.
    public var mode: Mode
    /// Where Esc goes back to, the latest last: `c`, `o` and Enter in the
    /// compare or outlets view push the mode they leave.
    public var back: [Mode] = []
    /// Help, the compare picker or the search prompt: it takes the keys and the mouse.
    public var overlay: Overlay? = nil
    /// A one-line message for the status bar (warnings, "no matches"); the next event clears it.
    public var message: String? = nil
    /// The id the next background job gets.
    var nextJob = 1
    /// What the reader keeps between runs, for this corpus: read articles,
    /// places, the marked and the last open article. `Update` keeps it in
    /// step with the browse mode; the app saves it (`ReaderMemoryFile`).
    public internal(set) var marks = ReadingMarks()
    /// Counts the changes to `marks`: the app saves when it moves.
    public internal(set) var marksRevision = 0
    /// What was kept from earlier runs, for the corpus still loading.
    var memory = ReaderMemory()

    /// The reader on a corpus already loaded, in the list and reader.
    public init(articles: [Article], events: [NewsEvent], size: Size, message: String? = nil) {
        self.init(corpus: ReaderCorpus(articles: articles, events: events), size: size, message: message)
    }

    /// The reader on `corpus`, in the list and reader.
    public init(corpus: ReaderCorpus, size: Size, message: String? = nil) {
        self.corpus = corpus
        self.size = size
        self.message = message
        mode = .browse(BrowseState(corpus: corpus))
    }

    /// The reader on a corpus already loaded, as `memory` says the last run
    /// left it (the layouts place the open article).
    public init(corpus: ReaderCorpus, size: Size, message: String? = nil,
                memory: ReaderMemory, layouts: LayoutCache) {
        self.init(corpus: corpus, size: size, message: message)
        marks = memory.marks(for: corpus.keys)
        let ctx = UpdateContext(corpus: corpus, size: size, layouts: layouts, marks: marks)
        mode = .browse(BrowseState(corpus: corpus, restoring: ctx))
    }

    /// The reader before its corpus is loaded: the progress line, and the
    /// effect that starts loading `paths` in the background. The first
    /// frame paints at once; the list comes with `Event.finished`, as
    /// `memory` says the last run left it.
    public static func loading(paths: [String], size: Size, memory: ReaderMemory = ReaderMemory()) -> (AppState, [Effect]) {
        var state = AppState(articles: [], events: [], size: size)
        state.memory = memory
        let job = JobID(state.nextJob)
        state.nextJob += 1
        state.mode = .loading(LoadingState(job: job))
        return (state, [.start(job, .load(paths: paths, width: size.width))])
    }

    /// "2 files skipped, 1 file with problems (see `parallax list`)", or nil.
    static func loadMessage(_ warnings: [LoadWarning]) -> String? {
        let skipped = warnings.filter(\.isSkipped).count
        let repaired = warnings.count - skipped
        var notes: [String] = []
        if skipped > 0 { notes.append("\(skipped) file\(skipped == 1 ? "" : "s") skipped") }
        if repaired > 0 { notes.append("\(repaired) file\(repaired == 1 ? "" : "s") with problems") }
        return notes.isEmpty ? nil : notes.joined(separator: ", ") + " (see `parallax list`)"
    }

    public var articles: ArticleShelf { corpus.articles }
}

/// The screen's mode: each case owns its state, so no combination of
/// leftovers can be on screen at once.
public enum Mode: Sendable {
    /// The article list (or a side pane) and the reading view.
    case browse(BrowseState)
    /// Two reports side by side.
    case compare(CompareState)
    /// The outlets side by side.
    case outlets(OutletsState)
    /// The corpus loading (the progress line), or why it could not be.
    case loading(LoadingState)
    /// A comparison or an outlets report being made off the UI thread:
    /// "working…" until it arrives; Esc backs out and the result is dropped.
    case working(WorkingState)
}

/// The reader while its corpus loads.
public struct LoadingState: Sendable, Hashable {
    /// The loading job: its progress and result are the only ones taken.
    public let job: JobID
    /// The latest progress (nil before the first report).
    public internal(set) var progress: LoadProgress? = nil
    /// Why the corpus could not be loaded (shown in the reader's place; q quits).
    public internal(set) var failure: String? = nil
}

/// A mode on its way: the job that makes it.
public struct WorkingState: Sendable, Hashable {
    public let job: JobID
    public let task: Job
    /// Said in the status bar when the result arrives.
    public let message: String?
}

/// What stands over the mode and takes every key and the mouse until it closes.
public enum Overlay: Sendable {
    case help(HelpState)
    case picker(PickerState)
    case search(SearchPrompt)
}
