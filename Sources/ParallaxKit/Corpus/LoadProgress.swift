import Foundation

/// How far loading a corpus has got: a stage, and items done of a total.
/// `Corpus.load(paths:progress:cancellation:)` reports it; the reader's
/// progress line and the CLI's line on standard error show `description`.
public struct LoadProgress: Sendable, Hashable, CustomStringConvertible {
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Walking the folders for article files (no total yet).
        case finding
        /// Reading and decoding the files.
        case reading
        /// Classing lines, paragraphs and sentences.
        case cleaning
        /// Finding and linking the names.
        case entities
        /// Finding the quotations and who said them.
        case quotes
        /// Grouping the articles into events.
        case grouping
        /// Indexing the entities and speakers (the reader's panes).
        case indexing
    }

    public let stage: Stage
    public let done: Int
    /// 0 when the stage has no count (finding files, grouping, indexing).
    public let total: Int
    /// Seconds the stage should still take at the rate so far; nil until a
    /// few seconds of it have passed (an early rate says little).
    public let secondsLeft: Int?

    public init(_ stage: Stage, done: Int = 0, total: Int = 0, secondsLeft: Int? = nil) {
        self.stage = stage
        self.done = done
        self.total = total
        self.secondsLeft = secondsLeft
    }

    /// "Reading 12,400 / 20,000 articles… about 40 s left".
    public var description: String {
        let line = stageDescription
        guard let secondsLeft else { return line }
        return line + (secondsLeft < 60 ? " about \(max(1, secondsLeft)) s left" : " about \(secondsLeft / 60 + 1) min left")
    }

    private var stageDescription: String {
        let count = total > 0 ? " \(Self.number(done)) / \(Self.number(total))" : ""
        switch stage {
        case .finding: return "Finding article files…"
        case .reading: return "Reading\(count) articles…"
        case .cleaning: return "Cleaning\(count) articles…"
        case .entities: return "Finding names in\(count) articles…"
        case .quotes: return "Finding quotations in\(count) articles…"
        case .grouping: return total > 0 ? "Grouping \(Self.number(total)) articles into events…" : "Grouping into events…"
        case .indexing: return "Indexing entities and speakers…"
        }
    }

    /// 12400 as "12,400".
    static func number(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

/// Called from the loading thread with how far it has got, at most a few
/// dozen times a second (and at the start and end of every stage).
public typealias ProgressHandler = @Sendable (LoadProgress) -> Void

/// A flag that long loops poll: set from any thread, the work stops at its
/// next check and throws `CancellationError`. (The reader sets it when Esc
/// backs out of a comparison or `q` quits while loading.)
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Throws `CancellationError` once cancelled.
    public func check() throws {
        if isCancelled { throw CancellationError() }
    }
}

/// Reports one stage's progress to a handler, throttled: the first and last
/// item always, others when 50 ms have passed; and polls the cancellation
/// flag at every item.
struct ProgressReporter {
    let handler: ProgressHandler?
    let cancellation: CancellationFlag?
    private var last: UInt64 = 0
    /// When the stage being reported began, for the time left.
    private var stageStart: (stage: LoadProgress.Stage, at: UInt64)?
    static let interval: UInt64 = 50_000_000
    /// How long a stage must have run before its rate gives a time left.
    static let settle: UInt64 = 2_000_000_000

    init(_ handler: ProgressHandler?, _ cancellation: CancellationFlag?) {
        self.handler = handler
        self.cancellation = cancellation
    }

    /// Item `done` of `total` of `stage` is about to start (or, with done == total, all are done).
    mutating func step(_ stage: LoadProgress.Stage, _ done: Int, of total: Int) throws {
        try cancellation?.check()
        guard let handler else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if stageStart?.stage != stage { stageStart = (stage, now) }
        guard done == 0 || done >= total || now - last >= Self.interval else { return }
        last = now
        let left = Self.secondsLeft(done, total, since: stageStart?.at ?? now, now: now)
        handler(LoadProgress(stage, done: done, total: total, secondsLeft: left))
    }

    /// The rest of a stage at the rate so far, once it has run long enough to tell.
    static func secondsLeft(_ done: Int, _ total: Int, since start: UInt64, now: UInt64) -> Int? {
        let elapsed = now - start
        guard done > 0, done < total, elapsed >= settle else { return nil }
        return Int(Double(elapsed) / 1e9 / Double(done) * Double(total - done))
    }

    /// A stage without a count.
    mutating func begin(_ stage: LoadProgress.Stage) throws {
        try cancellation?.check()
        last = DispatchTime.now().uptimeNanoseconds
        handler?(LoadProgress(stage))
    }
}
