import ArgumentParser
import Foundation
import ParallaxKit
import ParallaxTUI

@main
struct Parallax: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read one news event through several outlets, in the terminal.",
        discussion: """
            With no subcommand, opens the reader on PATH... (default ./corpus).
            Folders are read recursively for .txt and .md files.
            """,
        version: version,
        subcommands: [Read.self, List.self, Show.self, Add.self, Analyze.self, Entities.self, Quotes.self, Events.self, Compare.self, Outlets.self, Search.self, Cache.self],
        defaultSubcommand: Read.self
    )

    /// Notes `start` in the reader's trace (`PARALLAX_TRACE`, for
    /// `make bench-scale`) before anything else, then runs the command.
    static func main() {
        FrameTrace.shared?.note("start")
        main(nil)
    }
}

/// What the process holds until it exits. A command's corpus is kept here
/// rather than released when the command returns: at exit the system takes
/// its memory back at once, where releasing 100,000 articles one object at
/// a time took a second and a half on one core.
enum UntilExit {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) { kept.append(value) }
}

/// Options shared by every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Corpus folders or article files (default: ./corpus).")
    var paths: [String] = []

    @Flag(name: .shortAndLong, help: "Do not print warnings about skipped or repaired files.")
    var quiet = false

    @Flag(help: "Neither read nor write the index in the cache folder: analyse every file (see `parallax cache`).")
    var noCache = false

    /// The paths given, or ./corpus.
    var resolvedPaths: [String] { paths.isEmpty ? ["corpus"] : paths }

    /// Loads the corpus, printing file warnings to standard error (and, when
    /// standard error is a terminal and loading takes over a second, a
    /// progress line there, cleared when done).
    func load() throws -> Corpus { try loadIndexed().corpus }

    /// `load()`, and the index it went through (nil with --no-cache or when
    /// none could be used).
    func loadIndexed() throws -> (corpus: Corpus, index: CorpusIndex?) {
        let corpus: Corpus
        let index = openIndex()
        let line = ProgressLine()
        defer { line.clear() }
        do {
            corpus = try Corpus.load(paths: resolvedPaths, progress: line.handler, cancellation: nil, index: index)
        } catch let error as CorpusError {
            line.clear()
            // Why each file was skipped, then that nothing was left.
            if case .noArticles(_, let warnings) = error { report(warnings) }
            throw ValidationFailure(error.description)
        }
        line.clear()
        note(corpus.notes)
        report(corpus.warnings)
        UntilExit.keep(corpus)
        return (corpus, index)
    }

    /// The corpus opened through the index (from its snapshot when the files
    /// have not changed since the last run, else loaded, grouped into events
    /// and kept for the next), printing warnings as `load()` does. Nil with
    /// --no-cache or when no index can be used: then `load()` it.
    func openThroughIndex() throws -> (corpus: OpenedCorpus, index: CorpusIndex)? {
        guard let index = openIndex() else { return nil }
        return (try open(through: index), index)
    }

    /// `openThroughIndex` with the index already open.
    func open(through index: CorpusIndex) throws -> OpenedCorpus {
        let line = ProgressLine()
        defer { line.clear() }
        let opened: OpenedCorpus
        do {
            opened = try OpenedCorpus.open(paths: resolvedPaths, index: index, progress: line.handler)
        } catch let error as CorpusError {
            line.clear()
            if case .noArticles(_, let warnings) = error { report(warnings) }
            throw ValidationFailure(error.description)
        }
        // A load made a new snapshot: its outlets report is made now, while
        // the articles are in memory, so that no later run has to.
        if !opened.fromSnapshot { opened.prepare() }
        line.clear()
        note(opened.notes)
        report(opened.warnings)
        UntilExit.keep(opened)
        return opened
    }

    /// The index, unless --no-cache; what opening it said goes to standard
    /// error (a rebuilt index, or none usable: loading goes on without).
    func openIndex() -> CorpusIndex? {
        guard !noCache else { return nil }
        let opened = CorpusIndex.open()
        note(opened.notes)
        return opened.index
    }

    func note(_ notes: [String]) {
        for note in notes { FileHandle.standardError.write(Data("parallax: \(note)\n".utf8)) }
    }

    func report(_ warnings: [LoadWarning]) {
        guard !quiet else { return }
        for warning in warnings { FileHandle.standardError.write(Data("parallax: warning: \(warning)\n".utf8)) }
    }
}

/// The CLI's progress line: on standard error, only when it is a terminal,
/// only once loading has taken a second, rewritten in place at most ten
/// times a second and erased when done. Pipes and tests never see it.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastWrite: UInt64 = 0
    private var shown = false
    private let enabled = isatty(STDERR_FILENO) == 1

    /// The handler for `Corpus.load`, or nil when standard error is not a terminal.
    var handler: ProgressHandler? {
        guard enabled else { return nil }
        return { [self] progress in self.show(progress) }
    }

    private func show(_ progress: LoadProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - start >= 1_000_000_000, now - lastWrite >= 100_000_000 else { return }
        lastWrite = now
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[Kparallax: \(progress.description)".utf8))
    }

    /// Erases the line, if one was written.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard shown else { return }
        shown = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// `--width` for the commands that render side by side for a terminal or a pager.
struct WidthOptions: ParsableArguments {
    @Option(help: "Width of the text rendering in columns (default: the terminal's, else 160).")
    var width: Int?

    /// Wider than this is no terminal's or pager's width (and would only allocate).
    static let widest = 1000

    func validate() throws {
        if let width, !(40...Self.widest).contains(width) {
            throw ValidationError("--width must be between 40 and \(Self.widest) columns")
        }
    }

    /// --width, else $COLUMNS when set (a pager's shell exports it), else 160.
    var columns: Int {
        width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).map { min(Self.widest, max(40, $0)) }
            ?? 160
    }
}

extension Corpus {
    /// The index of the article `id` names (see `articlePosition`), nil for
    /// no id; an unknown id is an error for the user.
    func articleIndex(_ id: String?) throws -> Int? {
        try articlePosition(id, ids: articles.map(\.id), paths: articles.map(\.path))
    }

    /// The article `id` names, or an error that says whether no article or
    /// several match it.
    func lookup(_ id: String) throws -> Article {
        articles[try articleIndex(id)!]
    }
}

/// `articlePosition` among articles known by their summaries (a corpus
/// opened through the index).
func articlePosition(_ id: String?, in summaries: [ArticleSummary]) throws -> Int? {
    try articlePosition(id, ids: summaries.map(\.id), paths: summaries.map(\.path))
}

/// The position of the article `id` names (`Corpus.position(of:ids:paths:)`),
/// nil for no id; an unknown or ambiguous id is an error for the user that
/// says which.
func articlePosition(_ id: String?, ids: [String], paths: [String]) throws -> Int? {
    guard let id else { return nil }
    if let found = Corpus.position(of: id, ids: ids, paths: paths) { return found }
    let candidates = ids.filter { $0.hasPrefix(id) }.count
    throw ValidationFailure(candidates > 1
        ? "\(id) matches \(candidates) articles; give more of the id (see `parallax list`)"
        : "no article with id \(id) (see `parallax list`)")
}

/// An error printed as "parallax: message" with exit status 1.
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension ParsableCommand {
    /// Runs `body`, turning failures into a message on standard error and exit status 1.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as ValidationFailure {
            FileHandle.standardError.write(Data("parallax: \(failure.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Prints text for a terminal or a pipe without the control characters an
/// article may carry (escape sequences that clear the screen or retitle the
/// window, BEL): the reader drops them too. Line breaks and tabs stay.
func say(_ text: String, terminator: String = "\n") {
    // The control characters (Cc: U+0000–U+001F, U+007F–U+009F), by their
    // values: asking each scalar its category made listing 100,000 titles slow.
    func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value)
    }
    guard text.unicodeScalars.contains(where: isControl) else {
        print(text, terminator: terminator)
        return
    }
    var clean = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isControl(scalar) { clean.append(scalar) }
    print(String(clean), terminator: terminator)
}

func printData(_ data: Data) {
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}
