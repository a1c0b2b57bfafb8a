// parallax-bench: the figures in the README. Run with `make bench`
// (release build). Times are wall-clock medians on one core.
import Foundation
import ParallaxKit
import ParallaxTUI

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ runs: Int, _ body: () -> Void) -> Double {
    let times = (0..<runs).map { _ in seconds(body) }.sorted()
    return times[times.count / 2]
}

func report(_ name: String, _ value: String) {
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + value)
}

let corpusPath = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "corpus"
let htmlPagesPath = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "../shared/dev/html/pages"
let corpus = try Corpus.load(paths: [corpusPath])
print("parallax-bench on \(corpusPath): \(corpus.articles.count) articles, one core unless a row says otherwise\n")

// 1. Startup: the reader paints its first frame (the progress line) at
// once and loads the corpus on a thread of its own; then the list shows.
/// A terminal with no input that notes when each frame was shown.
final class TimingTerminal: Terminal {
    let size = Size(width: 120, height: 40)
    private(set) var shown: [UInt64] = []
    func show(_ frame: ScreenBuffer) { shown.append(DispatchTime.now().uptimeNanoseconds) }
    func nextInput(timeoutMilliseconds: Int) -> TerminalInput { .end }
    func invalidate() {}
}
var firstFrames: [Double] = [], readyFrames: [Double] = []
for _ in 0..<21 {
    let start = DispatchTime.now().uptimeNanoseconds
    let terminal = TimingTerminal()
    let app = ReaderApp(paths: [corpusPath], terminal: terminal)
    app.run()  // the first frame, then the (empty) input ends
    app.settle()  // the corpus arrives: the list's frame
    firstFrames.append(Double(terminal.shown.first! - start) / 1e9)
    readyFrames.append(Double(terminal.shown.last! - start) / 1e9)
}
report("startup to first frame, loading (120x40)", String(format: "%.2f ms", firstFrames.sorted()[10] * 1000))
report("startup to the list, corpus ready (120x40)", String(format: "%.2f ms", readyFrames.sorted()[10] * 1000))

// 2. One frame: render and diff with the previous one, after scrolling.
let readerCorpus = ReaderCorpus(articles: corpus.articles, events: corpus.events)
let layouts = LayoutCache(articles: readerCorpus.articles)
var state = AppState(corpus: readerCorpus, size: Size(width: 120, height: 40))
var previous = Screen.render(state, layouts: layouts)
let frame = median(201) {
    state = Update.update(state, .key(.tab), layouts: layouts).0
    state = Update.update(state, .key(.char("j")), layouts: layouts).0
    let next = Screen.render(state, layouts: layouts)
    _ = next.changedPositions(since: previous)
    previous = next
}
report("key press to frame ready (120x40)", String(format: "%.3f ms", frame * 1000))

// 2b. The outlets view: building the report, and a key press in the view.
let outletsReport = median(21) { _ = OutletReport(articles: corpus.articles, events: corpus.events) }
report("outlets report (bundled corpus)", String(format: "%.2f ms", outletsReport * 1000))
var outletsState = Update.update(AppState(articles: corpus.articles, events: corpus.events, size: Size(width: 160, height: 40)),
                                 .key(.char("o")), layouts: layouts).0
var outletsPrevious = Screen.render(outletsState, layouts: layouts)
let outletsFrame = median(201) {
    outletsState = Update.update(outletsState, .key(.char("j")), layouts: layouts).0
    let next = Screen.render(outletsState, layouts: layouts)
    _ = next.changedPositions(since: outletsPrevious)
    outletsPrevious = next
}
report("key press to frame in the outlets view (160x40)", String(format: "%.3f ms", outletsFrame * 1000))

// 3. Cleaning throughput: a corpus of at least 50 MB made of the bundled articles.
let texts = try corpus.articles.map { try String(contentsOfFile: $0.path, encoding: .utf8) }
let bytesPerRound = texts.reduce(0) { $0 + $1.utf8.count }
let targetBytes = Int(ProcessInfo.processInfo.environment["PARALLAX_BENCH_MB"] ?? "50")! * 1_000_000
let rounds = (targetBytes + bytesPerRound - 1) / bytesPerRound
var big: [(path: String, text: String)] = []
big.reserveCapacity(rounds * texts.count)
for round in 0..<rounds {
    for (i, text) in texts.enumerated() { big.append(("r\(round)/a\(i).txt", text)) }
}
let totalBytes = bytesPerRound * rounds
var words = 0
// Per core first (loading uses every core unless PARALLAX_THREADS says otherwise), then all cores.
setenv("PARALLAX_THREADS", "1", 1)
let clean = seconds {
    let built = Corpus.from(texts: big)
    words = built.articles.reduce(0) { $0 + $1.wordCount }
}
unsetenv("PARALLAX_THREADS")
report("cleaning + sentences + entities + quotes (\(totalBytes / 1_000_000) MB)",
       String(format: "%.1f MB/s, %.0f words/s", Double(totalBytes) / clean / 1e6, Double(words) / clean))
let cores = ProcessInfo.processInfo.activeProcessorCount
let cleanAll = seconds { _ = Corpus.from(texts: big) }
report("the same on every core (\(cores))", String(format: "%.1f MB/s", Double(totalBytes) / cleanAll / 1e6))

// 4. Aligning two long reports: ~10,000 words each, made of the bundled
// reports in two different orders (so that material is shared, reordered
// and repeated, as in a long feature and its rewrite).
func longReport(_ order: [Int], title: String) -> Article {
    var body: [String] = []
    var count = 0
    var part = 0
    while count < 10_000 {
        part += 1
        for i in order {
            let article = corpus.articles[i]
            for paragraph in article.paragraphs where paragraph.kind == .body {
                // Each round's paragraphs are told apart, or cleaning would take repeats for boilerplate.
                let text = "In part \(part), " + article.text(paragraph.range)
                body.append(text)
                count += text.split(separator: " ").count
            }
        }
    }
    return Corpus.from(texts: [("\(title).txt", title + "\n\n" + body.joined(separator: "\n\n"))]).articles[0]
}
let apec = corpus.events.first { $0.articles.count > 1 }?.articles ?? Array(corpus.articles.indices)
let longA = longReport(apec, title: "Long report A")
let longB = longReport(apec.reversed(), title: "Long report B")
var aligned = 0
let align = median(5) { aligned = Comparison(longA, longB).pairs.count }
report("align two reports (\(longA.wordCount) and \(longB.wordCount) words)",
       String(format: "%.0f ms (%d pairs)", align * 1000, aligned))

// 5. Grouping into events: 20,000 articles whose words are the bundled
// corpus's shuffled into new documents (a seeded generator, so every run
// groups the same corpus). Loading them is not timed; grouping is.
var generator = SplitMix64(seed: 2026)
let vocabulary = corpus.articles.flatMap { a in
    a.paragraphs.filter { $0.kind == .body }.flatMap { a.text($0.range).split(whereSeparator: \.isWhitespace).map(String.init) }
}
let shuffledCount = Int(ProcessInfo.processInfo.environment["PARALLAX_BENCH_ARTICLES"] ?? "20000")!
let shuffled: [(path: String, text: String)] = (0..<shuffledCount).map { n in
    let title = (0..<8).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
    let paragraphs = (0..<4).map { _ in
        (0..<3).map { _ in (0..<20).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: " ") + "." }
            .joined(separator: " ")
    }
    return ("shuffled/\(n).txt", ([title] + paragraphs).joined(separator: "\n\n"))
}
let shuffledCorpus = Corpus.from(texts: shuffled)
var shuffledEvents: [NewsEvent] = []
let grouping = seconds { shuffledEvents = EventGrouper.group(shuffledCorpus.articles) }
let largestEvent = shuffledEvents.map(\.articles.count).max() ?? 0
report("group \(shuffledCount) shuffled-word articles into events",
       String(format: "%.2f s (%d events, the largest %d articles)", grouping, shuffledEvents.count, largestEvent))

// 6. Outlet profiles over the shuffled corpus (one outlet, every article its own event).
let profiling = seconds { _ = OutletReport(articles: shuffledCorpus.articles, events: shuffledEvents) }
report("outlets report over \(shuffledCount) shuffled-word articles", String(format: "%.2f s", profiling))

// 7. Web pages: parse, tree, metadata and article extraction.
benchHTMLPages(htmlPagesPath)
