import ArgumentParser
import Foundation
import ParallaxKit

/// `parallax cache info|clear`: the index in the cache folder.
struct Cache: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show or delete the index of analysed files ($XDG_CACHE_HOME/parallax, else ~/.cache/parallax).",
        subcommands: [Info.self, Clear.self, Build.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Index a corpus now: analyse what changed, group events, keep a snapshot the reader opens at once.")

        @OptionGroup var corpus: CorpusOptions

        func run() throws {
            try reporting {
                guard let opened = try corpus.openThroughIndex()?.corpus else {
                    throw ValidationFailure("no index to build (--no-cache, or the cache folder cannot be used)")
                }
                let n = opened.articles.count
                say("\(n) article\(n == 1 ? "" : "s"), \(opened.events.count) event\(opened.events.count == 1 ? "" : "s")"
                    + (opened.fromSnapshot ? " (unchanged since the last run)" : "") + "; index: \(CorpusIndex.defaultPath())")
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Where the index is, its size, files and version.")

        func run() throws {
            let path = CorpusIndex.defaultPath()
            guard FileManager.default.fileExists(atPath: path) else {
                say("index: \(path) (none yet)")
                say("version: \(CorpusIndex.analyserVersion) (this parallax)")
                return
            }
            try reporting {
                let opened = CorpusIndex.open(at: path)
                for note in opened.notes { FileHandle.standardError.write(Data("parallax: \(note)\n".utf8)) }
                guard let index = opened.index else { throw ValidationFailure("cannot read the index \(path)") }
                let info = index.info()
                say("index: \(info.path)")
                say("size: \(Self.size(info.bytes))")
                say("files: \(info.files)")
                say("version: \(info.version.map(String.init) ?? "-") (this parallax: \(CorpusIndex.analyserVersion))")
            }
        }

        static func size(_ bytes: Int) -> String {
            if bytes < 1024 { return "\(bytes) B" }
            if bytes < 1 << 20 { return String(format: "%.1f KB", Double(bytes) / 1024) }
            return String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete the index; the next run analyses every file again.")

        func run() throws {
            let path = CorpusIndex.defaultPath()
            guard FileManager.default.fileExists(atPath: path) else {
                say("no index at \(path)")
                return
            }
            CorpusIndex.clear(at: path)
            say("removed \(path)")
        }
    }
}
