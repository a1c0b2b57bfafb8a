import Foundation
import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// The reader's trace (`PARALLAX_TRACE`, read by `make bench-scale`): one
/// line per frame shown, input taken and result taken, in order.
final class FrameTraceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testAScriptedRunWritesItsFramesKeysAndResultsInOrder() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in TinyCorpus.texts {
            try text.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let path = folder.appendingPathComponent("trace").path
        let keys: [Key] = [.char("j"), .char("k"), .char("c"), .escape, .char("o"), .char("?"), .escape, .escape, .char("q")]
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30), events: keys.map { .key($0) })
        let app = ReaderApp(paths: [corpus.path], terminal: terminal, executor: InlineExecutor())
        app.trace = FrameTrace(path: path)
        app.trace?.note("start")
        app.run()
        XCTAssertEqual(app.exitStatus, 0)

        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let times = lines.map { UInt64($0.prefix { $0 != " " }) }
        XCTAssertFalse(times.contains(nil), "each line starts with the time in ns: \(lines)")
        XCTAssertEqual(times.compactMap { $0 }, times.compactMap { $0 }.sorted(), "the times never go back")
        let events = lines.map { String($0.drop { $0 != " " }.dropFirst()) }
        XCTAssertEqual(events, [
            "start",
            "frame loading",          // the progress line, at once
            "finished load",
            "frame browse", "first-list",
            "key j", "frame browse",
            "key k", "frame browse",
            "key c", "frame working",  // the two bridge reports: no picker
            "finished compare", "frame compare",
            "key Esc", "frame browse",
            "key o", "frame working",
            "finished outlets", "frame outlets",
            "key ?", "frame outlets help",
            "key Esc", "frame outlets",
            "key Esc", "frame browse",
            "key q",                   // no frame after quitting
        ])
    }

    func testAFileThatCannotBeOpenedGivesNoTrace() {
        XCTAssertNil(FrameTrace(path: folder.appendingPathComponent("no/such/folder/trace").path))
    }
}
