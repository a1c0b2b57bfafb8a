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
let corpus = try Corpus.load(paths: [corpusPath])
print("parallax-bench on \(corpusPath): \(corpus.articles.count) articles, one core\n")

// 1. Startup: load the corpus and paint the first screen.
let startup = median(21) {
    let loaded = try! Corpus.load(paths: [corpusPath])
    let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
    ReaderApp(corpus: loaded, terminal: terminal).run()
}
report("startup to first frame (120x40)", String(format: "%.2f ms", startup * 1000))

// 2. One frame: render and diff with the previous one, after scrolling.
let layouts = LayoutCache(articles: corpus.articles)
var state = AppState(articles: corpus.articles, size: Size(width: 120, height: 40))
var previous = Screen.render(state, layouts: layouts)
let frame = median(201) {
    state = Update.update(state, .key(.tab), layouts: layouts)
    state = Update.update(state, .key(.char("j")), layouts: layouts)
    let next = Screen.render(state, layouts: layouts)
    _ = next.changedPositions(since: previous)
    previous = next
}
report("key press to frame ready (120x40)", String(format: "%.3f ms", frame * 1000))

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
let clean = seconds {
    let built = Corpus.from(texts: big)
    words = built.articles.reduce(0) { $0 + $1.wordCount }
}
report("cleaning + sentences + entities + quotes (\(totalBytes / 1_000_000) MB)",
       String(format: "%.1f MB/s, %.0f words/s", Double(totalBytes) / clean / 1e6, Double(words) / clean))
