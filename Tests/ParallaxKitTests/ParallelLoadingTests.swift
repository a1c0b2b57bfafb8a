import Foundation
import XCTest
@testable import ParallaxKit

/// Loading runs per-article work on every core; the corpus it builds must
/// be the one a single core builds, in the same order.
final class ParallelLoadingTests: XCTestCase {
    func testMapKeepsTheOrderAndReportsEveryItem() throws {
        let items = Array(0..<5_000)
        let lock = NSLock()
        var reported: [Int] = []
        let squares = try ParallelMap.map(items, done: { n in lock.lock(); reported.append(n); lock.unlock() }) { $0 * $0 }
        XCTAssertEqual(squares, items.map { $0 * $0 })
        XCTAssertEqual(reported.sorted(), Array(1...5_000), "each finished item counted once")
    }

    func testMapStopsWhenCancelled() {
        let flag = CancellationFlag()
        let lock = NSLock()
        var ran = 0
        XCTAssertThrowsError(try ParallelMap.map(Array(0..<100_000), cancellation: flag) { (n: Int) -> Int in
            lock.lock(); ran += 1; lock.unlock()
            if n == 10 { flag.cancel() }
            return n
        }) { XCTAssertTrue($0 is CancellationError) }
        XCTAssertLessThan(ran, 100_000, "the rest is skipped")
    }

    /// The extractors reading one long paragraph on every core share their
    /// lookups by name through `Once`: made by the first to ask, waited for
    /// by the others.
    func testOnceMakesItsValueOnceForThreadsAskingTogether() throws {
        let once = Once<[Int]>()
        let lock = NSLock()
        var made = 0
        let values = try ParallelMap.map(Array(0..<64), threads: 8) { _ in
            once.value {
                lock.lock(); made += 1; lock.unlock()
                usleep(20_000)  // long enough for every thread to ask meanwhile
                return Array(0..<100)
            }
        }
        XCTAssertEqual(made, 1)
        XCTAssertEqual(values, Array(repeating: Array(0..<100), count: 64))
    }

    /// Parts joined in order, short results by appending and long ones
    /// copied into place on every core: the same elements, each its own
    /// (strings long enough to live on the heap outlive the parts made for
    /// them), empty parts included.
    func testJoinedKeepsTheOrderShortOrLong() {
        for sizes in [[3, 0, 5], [0, 40_000, 1, 0, 30_000, 12_345]] {
            func part(_ n: Int) -> [String] { (0..<sizes[n]).map { "part \(n), element \($0), on the heap" } }
            let expected = sizes.indices.flatMap(part)
            XCTAssertEqual(expected.count >= ParallelMap.copiedApartFrom, sizes.count > 3)
            let joined = ParallelMap.joined(sizes.count, part)
            XCTAssertEqual(joined.count, expected.count)
            XCTAssertNil(expected.indices.first { joined[$0] != expected[$0] }, "the first element out of place")
        }
    }

    func testTheBundledCorpusLoadsTheSameOnOneCoreAndOnAll() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus").path
        setenv("PARALLAX_THREADS", "1", 1)
        XCTAssertEqual(ParallelMap.threadCount, 1)
        let one = try AnalysisJSON.encode(try Corpus.load(paths: [path]))
        unsetenv("PARALLAX_THREADS")
        let all = try AnalysisJSON.encode(try Corpus.load(paths: [path]))
        XCTAssertEqual(String(decoding: one, as: UTF8.self), String(decoding: all, as: UTF8.self))
    }
}
