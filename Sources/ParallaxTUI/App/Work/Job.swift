import Foundation
import ParallaxKit

/// Names one piece of background work: a result answers the job that asked
/// for it, and a result for a job the screen has left is dropped.
public struct JobID: Hashable, Sendable, CustomStringConvertible {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public var description: String { "job \(value)" }
}

/// Work that would freeze the screen if done in a key handler. `update`
/// asks for it with `Effect.start`; the loop runs it on its executor, off
/// the UI thread, and the result comes back as `Event.finished`.
public enum Job: Sendable, Hashable {
    /// Load and analyse the corpus at `paths`, group its events, index its
    /// entities and speakers, lay out its outlets view at `width`
    /// (progress comes back as `Event.progress`).
    case load(paths: [String], width: Int)
    /// Align articles `a` and `b` (indices into the corpus).
    case compare(a: Int, b: Int)
    /// The outlets report over the corpus (or `event`), for the view opened
    /// on `article` on a screen `width` columns wide.
    case outlets(article: Int, event: NewsEvent?, width: Int)
    /// The articles the list filter `query` keeps (the list stays on screen meanwhile).
    case filter(ListQuery)

    /// What the "working…" line says.
    public var label: String {
        switch self {
        case .load: return "loading the corpus"
        case .compare: return "comparing the two reports"
        case .outlets(_, let event, _): return event == nil ? "profiling the outlets over the corpus" : "profiling the event's outlets"
        case .filter: return "filtering the list"
        }
    }
}

/// What a job made. Two results are equal when they answer the same job
/// (an event must be `Hashable`; what a job made is not compared).
public struct JobResult: Sendable, Hashable {
    public let job: JobID
    public let outcome: Outcome

    public enum Outcome: Sendable {
        /// The corpus, ready to read, and the problems with its files.
        case loaded(ReaderCorpus, warnings: [LoadWarning])
        /// The corpus could not be loaded: why, for the screen.
        case failed(String)
        case compared(Comparison)
        /// The report, and its view laid out ahead (`OutletsAhead`), if it was.
        case outlets(OutletReport, laidOut: OutletsLayout?)
        /// The articles a list filter keeps, in corpus order.
        case filtered([Int])
        /// Stopped by its cancellation flag: nobody waits for it.
        case cancelled
    }

    public init(job: JobID, outcome: Outcome) {
        self.job = job
        self.outcome = outcome
    }

    public static func == (a: JobResult, b: JobResult) -> Bool { a.job == b.job }
    public func hash(into hasher: inout Hasher) { hasher.combine(job) }
}

/// Does the jobs, on whatever thread calls them.
public enum Jobs {
    /// The index `.load` reads and writes (`parallax` opens it before the
    /// reader starts, unless --no-cache); nil loads without one.
    nonisolated(unsafe) public static var index: CorpusIndex?

    /// Does `job` over `corpus` (the one on screen when it was asked for;
    /// unused by `.load`), reporting progress and polling `cancellation`.
    public static func perform(_ job: Job, corpus: ReaderCorpus, progress: ProgressHandler? = nil,
                               cancellation: CancellationFlag? = nil) -> JobResult.Outcome {
        switch job {
        case .load(let paths, let width):
            do {
                let opened = try OpenedCorpus.open(paths: paths, index: index, progress: progress,
                                                   cancellation: cancellation)
                // The entity and speaker indexes, the outlets report and the
                // list filter's map of the search rows are read behind the
                // first frame, and the outlets view laid out.
                Thread.detachNewThread {
                    opened.prepare()
                    opened.prepareSearch()
                }
                return .loaded(ReaderCorpus(opened, outletsWidth: width), warnings: opened.warnings)
            } catch is CancellationError {
                return .cancelled
            } catch let error as CorpusError {
                return .failed(error.description)
            } catch {
                return .failed("\(error)")
            }
        case .compare(let a, let b):
            let comparison = Comparison(corpus.articles[a], corpus.articles[b])
            return cancellation?.isCancelled == true ? .cancelled : .compared(comparison)
        case .outlets(_, let event, let width):
            // The whole corpus's report is made once per corpus state and kept
            // in the index; an event's reads only that event's articles.
            let report = event.map { OutletReport(articles: corpus.articles, events: corpus.events, event: $0) }
                ?? corpus.opened.outletReport
            let laidOut = event == nil ? corpus.outletsAhead?.value(at: width) : nil
            return cancellation?.isCancelled == true ? .cancelled : .outlets(report, laidOut: laidOut)
        case .filter(let query):
            do {
                let matches = try ListFilter.matches(query, in: corpus, index: index, cancellation: cancellation)
                return cancellation?.isCancelled == true ? .cancelled : .filtered(matches)
            } catch is CancellationError {
                return .cancelled
            } catch {
                return .failed("\(error)")
            }
        }
    }
}
