import Foundation

/// Where `ReaderMemory` is kept: one JSON file, `reading.json`, in the XDG
/// data directory (`$XDG_DATA_HOME/parallax`, else `~/.local/share/parallax`),
/// never in the corpus folder.
///
/// It is written whole, to a temporary file in the same folder renamed over
/// the old one, so a reader killed mid-write or two readers writing at once
/// leave one complete file: the last writer's. Each write first reads the
/// file again and replaces only its own corpus's articles, so two readers on
/// different corpora keep each other's marks; on the same corpus, the last
/// to write wins for its articles.
///
/// A file that cannot be read, is not valid, or was written by a later
/// version starts an empty memory with a warning; a corrupt one is moved
/// aside (`reading.json.bad`) before anything is written in its place, and
/// one that cannot be read or is from a later version is never written over.
public struct ReaderMemoryFile: Sendable {
    public let url: URL

    public static let fileName = "reading.json"

    public init(directory: URL) {
        url = directory.appendingPathComponent(Self.fileName)
    }

    /// `$XDG_DATA_HOME/parallax` (an absolute path), else `$HOME/.local/share/parallax`; nil with neither.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("parallax")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/parallax")
    }

    /// The file in the standard directory, if there is one.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReaderMemoryFile? {
        standardDirectory(environment: environment).map(ReaderMemoryFile.init(directory:))
    }

    /// What reading the file gave.
    public struct Loaded: Sendable {
        public var memory: ReaderMemory
        /// One line for the status bar or standard error, when something was wrong.
        public var warning: String?
        /// False when the file must not be written over (unreadable, from a later version, or a corrupt one left in place).
        public var canSave: Bool
    }

    /// Reads the memory. A corrupt file is moved aside when `repair` is set
    /// (the reader), left alone otherwise (the command line never writes).
    public func load(repair: Bool = true) -> Loaded {
        switch read() {
        case .missing: return Loaded(memory: ReaderMemory(), warning: nil, canSave: true)
        case .valid(let memory): return Loaded(memory: memory, warning: nil, canSave: true)
        case .unreadable(let reason):
            return Loaded(memory: ReaderMemory(), warning: "cannot read \(shown) (\(reason)); read marks are not kept this time",
                          canSave: false)
        case .laterVersion(let version):
            return Loaded(memory: ReaderMemory(),
                          warning: "\(shown) is from a later Parallax (format \(version)); read marks are not kept this time",
                          canSave: false)
        case .corrupt(let reason):
            guard repair else {
                return Loaded(memory: ReaderMemory(), warning: "\(shown) is not valid (\(reason)); ignored", canSave: false)
            }
            do {
                let aside = try moveAside()
                return Loaded(memory: ReaderMemory(),
                              warning: "\(shown) was not valid (\(reason)); moved to \(aside.lastPathComponent), starting afresh",
                              canSave: true)
            } catch {
                return Loaded(memory: ReaderMemory(),
                              warning: "\(shown) is not valid (\(reason)) and cannot be moved aside; read marks are not kept this time",
                              canSave: false)
            }
        }
    }

    /// Reads the file again, lets `change` update it, and writes it back
    /// atomically. Throws when the file is no longer one this version may
    /// write over, or cannot be written.
    public func update(_ change: (inout ReaderMemory) -> Void) throws {
        var memory: ReaderMemory
        switch read() {
        case .missing: memory = ReaderMemory()
        case .valid(let stored): memory = stored
        case .unreadable(let reason): throw MemoryFileError("cannot read \(shown) (\(reason))")
        case .laterVersion(let version): throw MemoryFileError("\(shown) is from a later Parallax (format \(version))")
        case .corrupt(let reason): throw MemoryFileError("\(shown) is not valid (\(reason))")
        }
        change(&memory)
        try write(memory)
    }

    /// Writes `memory` over the file: a temporary file in the same folder, renamed.
    public func write(_ memory: ReaderMemory) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw MemoryFileError("cannot create \(Self.shown(folder)) (\(Self.reason(error)))")
        }
        let data = try ReaderMemoryCoding.encode(memory)
        let temporary = folder.appendingPathComponent(".\(Self.fileName).\(getpid()).tmp")
        try Self.writeFile(temporary.path, data, in: folder)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw MemoryFileError("cannot replace \(shown) (\(reason))")
        }
    }

    /// Writes `data` to a new file at `path` and flushes it to disk, so the rename publishes a whole file.
    private static func writeFile(_ path: String, _ data: Data, in folder: URL) throws {
        func failure() -> MemoryFileError { MemoryFileError("cannot write in \(Self.shown(folder)) (\(String(cString: strerror(errno))))") }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure() }
        var ok = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 { if errno == EINTR { continue } else { return false } }
                offset += n
            }
            return true
        }
        if ok { ok = fsync(fd) == 0 }
        let error = failure()
        close(fd)
        if !ok {
            unlink(path)
            throw error
        }
    }

    /// The file as messages name it: the home folder as `~`.
    private var shown: String { Self.shown(url) }

    private static func shown(_ url: URL) -> String {
        let path = url.path
        guard let home = ProcessInfo.processInfo.environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    // MARK: - Reading

    private enum ReadOutcome {
        case missing, valid(ReaderMemory), unreadable(String), laterVersion(Int), corrupt(String)
    }

    private func read() -> ReadOutcome {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return .missing }
            return .unreadable(Self.reason(error))
        }
        do {
            return .valid(try ReaderMemoryCoding.decode(data))
        } catch let later as ReaderMemoryCoding.LaterVersion {
            return .laterVersion(later.version)
        } catch let error as DecodingError {
            switch error {
            case .dataCorrupted: return .corrupt("not JSON")
            case .keyNotFound(let key, _): return .corrupt("no \(key.stringValue)")
            default: return .corrupt("unexpected contents")
            }
        } catch {
            return .corrupt("\(error)")
        }
    }

    /// Renames the file to `reading.json.bad` (or `.bad.2`… when that is taken).
    private func moveAside() throws -> URL {
        let manager = FileManager.default
        var aside = url.appendingPathExtension("bad")
        var n = 2
        while manager.fileExists(atPath: aside.path), n < 100 {
            aside = url.appendingPathExtension("bad.\(n)")
            n += 1
        }
        guard rename(url.path, aside.path) == 0 else { throw MemoryFileError(String(cString: strerror(errno))) }
        return aside
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteVolumeReadOnlyError: return "read-only file system"
            default: break
            }
        }
        return ns.localizedDescription
    }
}

/// Why the memory file could not be written (one line).
public struct MemoryFileError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// `reading.json`, version 1:
///
///     {"version": 1,
///      "articles": [{"hash": "<16 hex digits>", "id": "...", "read": true, "place": 1234}, ...],
///      "marked": {"hash": "...", "id": "..."},
///      "open": {"hash": "...", "id": "..."}}
///
/// `place` (a source offset, in Unicode scalars) is left out at the top of
/// the article, `marked` and `open` when there is none.
enum ReaderMemoryCoding {
    struct LaterVersion: Error { let version: Int }

    private struct File: Codable {
        var version: Int
        var articles: [Record]?
        var marked: Key?
        var open: Key?
    }

    private struct Key: Codable {
        var hash: String
        var id: String
    }

    private struct Record: Codable {
        var hash: String
        var id: String
        var read: Bool
        var place: Int?
    }

    private struct Version: Decodable { var version: Int }

    static func encode(_ memory: ReaderMemory) throws -> Data {
        let records = memory.entries.sorted { $0.key < $1.key }.map {
            Record(hash: $0.key.hex, id: $0.key.id, read: $0.value.read, place: $0.value.place)
        }
        let file = File(version: ReaderMemory.version, articles: records,
                        marked: memory.marked.map { Key(hash: $0.hex, id: $0.id) },
                        open: memory.open.map { Key(hash: $0.hex, id: $0.id) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(file)
    }

    static func decode(_ data: Data) throws -> ReaderMemory {
        let decoder = JSONDecoder()
        let version = try decoder.decode(Version.self, from: data).version
        if version > ReaderMemory.version { throw LaterVersion(version: version) }
        guard version >= 1 else { throw MemoryFileError("version \(version)") }
        let file = try decoder.decode(File.self, from: data)
        var memory = ReaderMemory()
        for record in file.articles ?? [] {
            guard let key = key(record.hash, record.id) else { throw MemoryFileError("bad hash \(record.hash)") }
            memory.entries[key] = ReaderMemory.Entry(read: record.read, place: record.place.flatMap { $0 > 0 ? $0 : nil })
        }
        memory.marked = file.marked.flatMap { key($0.hash, $0.id) }
        memory.open = file.open.flatMap { key($0.hash, $0.id) }
        return memory
    }

    private static func key(_ hex: String, _ id: String) -> ArticleKey? {
        UInt64(hex, radix: 16).map { ArticleKey(hash: $0, id: id) }
    }
}
