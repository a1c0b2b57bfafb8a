import Foundation
import XCTest
@testable import ParallaxKit

/// Loading reports how far it has got and stops when cancelled.
final class LoadProgressTests: XCTestCase {
    static let corpusPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus").path

    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [LoadProgress] = []
        func add(_ p: LoadProgress) { lock.lock(); seen.append(p); lock.unlock() }
        var all: [LoadProgress] { lock.lock(); defer { lock.unlock() }; return seen }
    }

    func testEveryStageIsReportedFromStartToEnd() throws {
        let recorder = Recorder()
        let corpus = try Corpus.load(paths: [Self.corpusPath], progress: recorder.add, cancellation: CancellationFlag())
        XCTAssertEqual(corpus.articles.count, 5)
        let seen = recorder.all
        XCTAssertEqual(seen.first, LoadProgress(.finding))
        XCTAssertEqual(seen.map(\.stage).reduce(into: [LoadProgress.Stage]()) { if $0.last != $1 { $0.append($1) } },
                       [.finding, .reading, .cleaning, .entities, .quotes])
        for stage in [LoadProgress.Stage.reading, .cleaning, .entities, .quotes] {
            XCTAssertEqual(seen.first { $0.stage == stage && $0.total > 0 }?.done, 0, "\(stage) starts at 0")
            XCTAssertEqual(seen.last { $0.stage == stage }, LoadProgress(stage, done: 5, total: 5), "\(stage) ends at 5 / 5")
        }
        XCTAssertEqual(try Corpus.load(paths: [Self.corpusPath]).articles.map(\.id), corpus.articles.map(\.id),
                       "load(paths:) is the same load")
    }

    func testACancelledLoadStops() {
        let flag = CancellationFlag()
        flag.cancel()
        XCTAssertThrowsError(try Corpus.load(paths: [Self.corpusPath], progress: nil, cancellation: flag)) { error in
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
    }

    func testTheProgressLine() {
        XCTAssertEqual(LoadProgress(.reading, done: 12_400, total: 20_000).description, "Reading 12,400 / 20,000 articles…")
        XCTAssertEqual(LoadProgress(.quotes, done: 7, total: 999).description, "Finding quotations in 7 / 999 articles…")
        XCTAssertEqual(LoadProgress(.finding).description, "Finding article files…")
        XCTAssertEqual(LoadProgress.number(1_234_567), "1,234,567")
        XCTAssertEqual(LoadProgress(.reading, done: 12_400, total: 20_000, secondsLeft: 40).description,
                       "Reading 12,400 / 20,000 articles… about 40 s left")
        XCTAssertEqual(LoadProgress(.entities, done: 10, total: 90, secondsLeft: 150).description,
                       "Finding names in 10 / 90 articles… about 3 min left")
    }

    func testTheTimeLeftComesFromTheRateOnceAStageHasRunAWhile() {
        let second: UInt64 = 1_000_000_000
        // A quarter done in 3 s: 9 s to go.
        XCTAssertEqual(ProgressReporter.secondsLeft(25, 100, since: 0, now: 3 * second), 9)
        XCTAssertNil(ProgressReporter.secondsLeft(25, 100, since: 0, now: second), "too early to tell")
        XCTAssertNil(ProgressReporter.secondsLeft(0, 100, since: 0, now: 5 * second), "nothing done yet")
        XCTAssertNil(ProgressReporter.secondsLeft(100, 100, since: 0, now: 5 * second), "finished")
    }

    func testMissingPathsAreFoundUpFront() {
        XCTAssertNoThrow(try Corpus.checkPaths([Self.corpusPath]))
        XCTAssertThrowsError(try Corpus.checkPaths([Self.corpusPath, "/no/such/folder"])) { error in
            XCTAssertEqual(error as? CorpusError, .notFound("/no/such/folder"))
        }
    }
}
