import Foundation
import XCTest
@testable import ParallaxKit

/// What a reader keeps between runs: the keys, the marks of a corpus, and
/// `reading.json` (round trip, corrupt, later version, unwritable folder).
final class ReaderMemoryTests: XCTestCase {
    private let corpus = Corpus.from(texts: [
        ("a.txt", "Bridge Opens\n\nThe bridge opened on Friday.\n"),
        ("b.txt", "Storm Closes Harbour\n\nA storm closed the harbour.\n"),
        ("c.txt", "Council Meets\n\nThe council met on Monday.\n"),
    ])

    private var keys: [ArticleKey] { corpus.articles.map(ArticleKey.init) }

    func testFNV1aOfTheUTF8() {
        // The published test vectors of FNV-1a 64.
        XCTAssertEqual(ArticleKey.fnv1a(SourceText("")), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(ArticleKey.fnv1a(SourceText("a")), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(ArticleKey.fnv1a(SourceText("foobar")), 0x8594_4171_f739_67e8)
        // Beyond ASCII: the UTF-8 bytes, not the scalar values.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "café".utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        XCTAssertEqual(ArticleKey.fnv1a(SourceText("café")), h)
        XCTAssertEqual(ArticleKey(hash: 0xab, id: "x").hex, "00000000000000ab")
    }

    func testFNV1aOfANumberIsThatOfItsDecimalString() {
        // Stored quotations are keyed by their entities' offsets hashed as
        // decimal strings: the hash made without the strings must be the same.
        for n in [0, 7, 9, 10, 99, 100, 12_345, 1_000_000, -1, -250, Int.max, Int.min] {
            var plain = FNV1a(), fast = FNV1a()
            plain.add(String(n))
            fast.add(decimal: n)
            XCTAssertEqual(fast.value, plain.value, "\(n)")
        }
    }

    func testMarksSurviveAMovedCorpusAndARenamedFileButNotAnEditedText() {
        var memory = ReaderMemory()
        memory.remember(ReadingMarks(read: [0, 2], places: [1: 12], marked: 1, open: 2), for: keys)
        XCTAssertEqual(memory.marks(for: keys), ReadingMarks(read: [0, 2], places: [1: 12], marked: 1, open: 2))

        // The same texts elsewhere, in another order, one renamed: the same marks.
        let moved = Corpus.from(texts: [
            ("elsewhere/c-renamed.txt", "Council Meets\n\nThe council met on Monday.\n"),
            ("elsewhere/a.txt", "Bridge Opens\n\nThe bridge opened on Friday.\n"),
            ("elsewhere/b.txt", "Storm Closes Harbour\n\nA storm closed the harbour.\n"),
        ])
        let movedKeys = moved.articles.map(ArticleKey.init)
        XCTAssertEqual(memory.marks(for: movedKeys), ReadingMarks(read: [0, 1], places: [2: 12], marked: 2, open: 0))
        // Remembering there moves the renamed file's entry to its new id.
        memory.remember(memory.marks(for: movedKeys), for: movedKeys)
        XCTAssertEqual(Set(memory.entries.keys.map(\.id)), ["a", "b", "c-renamed"])

        // An edited text is another article: unread, no place.
        let edited = Corpus.from(texts: [("a.txt", "Bridge Opens\n\nThe bridge opened on Saturday.\n")])
        XCTAssertEqual(memory.marks(for: edited.articles.map(ArticleKey.init)), ReadingMarks())
    }

    func testTwoCorporaKeepEachOthersMarks() {
        let other = Corpus.from(texts: [("z.txt", "Elsewhere\n\nSomething else happened.\n")])
        let otherKeys = other.articles.map(ArticleKey.init)
        var memory = ReaderMemory()
        memory.remember(ReadingMarks(read: [1], marked: 0, open: 1), for: keys)
        memory.remember(ReadingMarks(read: [0]), for: otherKeys)
        XCTAssertEqual(memory.marks(for: keys), ReadingMarks(read: [1], marked: 0, open: 1),
                       "the other corpus has no marked article: this one's stays")
        XCTAssertEqual(memory.marks(for: otherKeys).read, [0])
        // Cleared here: gone.
        memory.remember(ReadingMarks(read: []), for: keys)
        XCTAssertNil(memory.marked)
        XCTAssertEqual(memory.marks(for: keys), ReadingMarks())
    }

    func testTheFileRoundTrips() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderMemoryFile(directory: folder.appendingPathComponent("parallax"))
        let missing = file.load()
        XCTAssertTrue(missing.memory.isEmpty)
        XCTAssertNil(missing.warning, "no file yet is no problem")
        XCTAssertTrue(missing.canSave)

        let marks = ReadingMarks(read: [0, 1], places: [1: 40, 2: 7], marked: 2, open: 1)
        try file.update { $0.remember(marks, for: keys) }
        let loaded = file.load()
        XCTAssertNil(loaded.warning)
        XCTAssertEqual(loaded.memory.marks(for: keys), marks)
        // One file, no temporary left behind.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: file.url.deletingLastPathComponent().path),
                       ["reading.json"])
        let json = try String(contentsOf: file.url, encoding: .utf8)
        XCTAssertTrue(json.contains("\"version\":1"), json)
        XCTAssertTrue(json.contains("\"id\":\"b\""), json)
    }

    func testACorruptFileIsMovedAsideWithAWarning() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderMemoryFile(directory: folder)
        try Data("{\"version\": 1, \"articles\": [{\"hash\": ".utf8).write(to: file.url)

        // The command line reads and never writes: the file stays.
        let readOnly = file.load(repair: false)
        XCTAssertTrue(readOnly.memory.isEmpty)
        XCTAssertNotNil(readOnly.warning)
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.url.path))

        let loaded = file.load()
        XCTAssertTrue(loaded.memory.isEmpty)
        XCTAssertTrue(loaded.canSave)
        let warning = try XCTUnwrap(loaded.warning)
        XCTAssertTrue(warning.contains("not valid") && warning.contains("reading.json.bad"), warning)
        XCTAssertFalse(warning.contains("\n"), "one line")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.url.path))
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("reading.json.bad"), encoding: .utf8),
                       "{\"version\": 1, \"articles\": [{\"hash\": ")
        // A second corrupt file does not replace the first one set aside.
        try Data("not json".utf8).write(to: file.url)
        XCTAssertTrue(file.load().warning?.contains("reading.json.bad.2") ?? false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reading.json.bad").path))
    }

    func testAFileFromALaterVersionIsReadAsEmptyAndNeverWrittenOver() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderMemoryFile(directory: folder)
        let later = "{\"version\": 9, \"articles\": \"some new shape\"}"
        try Data(later.utf8).write(to: file.url)
        let loaded = file.load()
        XCTAssertTrue(loaded.memory.isEmpty)
        XCTAssertFalse(loaded.canSave)
        XCTAssertTrue(loaded.warning?.contains("later Parallax") ?? false, loaded.warning ?? "")
        XCTAssertThrowsError(try file.update { $0.remember(ReadingMarks(read: [0]), for: self.keys) })
        XCTAssertEqual(try String(contentsOf: file.url, encoding: .utf8), later)
    }

    func testAFolderThatCannotBeMadeIsAnErrorNotACrash() throws {
        // A file where the folder should be: no one, root included, can create it.
        let blocker = temporaryFolder().appendingPathComponent("blocker")
        defer { try? FileManager.default.removeItem(at: blocker.deletingLastPathComponent()) }
        try Data("a file".utf8).write(to: blocker)
        let blocked = ReaderMemoryFile(directory: blocker.appendingPathComponent("parallax"))
        XCTAssertNil(blocked.load().warning, "nothing there to read")
        XCTAssertThrowsError(try blocked.update { $0.remember(ReadingMarks(read: [0]), for: self.keys) }) { error in
            XCTAssertTrue("\(error)".contains("cannot create"), "\(error)")
            XCTAssertFalse("\(error)".contains("\n"), "one line")
        }
    }

    func testAReadOnlyFolderIsAnErrorNotACrash() throws {
        // /proc takes no new files or folders, even from root (who writes anywhere else).
        let file = ReaderMemoryFile(directory: URL(fileURLWithPath: "/proc/parallax-test"))
        XCTAssertNil(file.load().warning, "nothing there to read")
        XCTAssertThrowsError(try file.update { $0.remember(ReadingMarks(read: [0]), for: self.keys) }) { error in
            XCTAssertTrue("\(error)".contains("cannot create"), "\(error)")
        }
        let inside = ReaderMemoryFile(directory: URL(fileURLWithPath: "/proc"))
        XCTAssertThrowsError(try inside.write(ReaderMemory())) { error in
            XCTAssertTrue("\(error)".contains("cannot write"), "\(error)")
        }
    }

    func testEachWriteKeepsWhatAnotherReaderWroteForAnotherCorpus() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderMemoryFile(directory: folder)
        let other = Corpus.from(texts: [("z.txt", "Elsewhere\n\nSomething else.\n")]).articles.map(ArticleKey.init)
        // Two readers started on an empty file; each writes its own corpus.
        try file.update { $0.remember(ReadingMarks(read: [0]), for: self.keys) }
        try file.update { $0.remember(ReadingMarks(read: [0]), for: other) }
        let memory = file.load().memory
        XCTAssertEqual(memory.marks(for: keys).read, [0])
        XCTAssertEqual(memory.marks(for: other).read, [0])
    }

    func testTheStandardFolderFollowsXDG() {
        XCTAssertEqual(ReaderMemoryFile.standardDirectory(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])?.path,
                       "/x/data/parallax")
        XCTAssertEqual(ReaderMemoryFile.standardDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])?.path,
                       "/home/u/.local/share/parallax", "a relative XDG_DATA_HOME is ignored, as the spec says")
        XCTAssertEqual(ReaderMemoryFile.standardDirectory(environment: ["HOME": "/home/u"])?.path, "/home/u/.local/share/parallax")
        XCTAssertNil(ReaderMemoryFile.standardDirectory(environment: [:]))
    }

    private func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-memory-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
