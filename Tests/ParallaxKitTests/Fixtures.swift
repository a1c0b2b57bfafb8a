import Foundation
import GRDB
import ParallaxKit

/// Paths and loaders shared by the model tests.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpusPath = packageRoot.appendingPathComponent("corpus").path
    static let sharedPath = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path

    /// The bundled corpus, loaded once.
    static let corpus: Corpus = try! Corpus.load(paths: [corpusPath])

    static func article(_ prefix: String) -> Article {
        corpus.articles.first { $0.id.hasPrefix(prefix) }!
    }

    /// An article built from text in memory, alone in its corpus.
    static func article(text: String, path: String = "test.txt") -> Article {
        Corpus.from(texts: [(path, text)]).articles[0]
    }

    /// A connection of the test's own to an index: it waits while the
    /// index's own connections hold a lock (the last one to close
    /// checkpoints the log, on whichever thread lets it go), as the
    /// index's connections do, rather than failing at once.
    static func database(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(30)
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// A temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Article {
    /// The class of the line whose trimmed text is `text`.
    func lineClass(of text: String) -> LineClass? {
        lines.first { self.text($0.line.content) == text }?.lineClass
    }
}
