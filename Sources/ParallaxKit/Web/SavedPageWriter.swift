import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a page into a corpus folder under a new name, all or nothing.
///
/// The bytes go to a hidden temporary file in the same folder (the corpus
/// loader skips hidden files, and a rename never crosses file systems), are
/// flushed, and only then get their name with link(2): it fails with EEXIST
/// instead of replacing a file, so an existing page is never overwritten,
/// even by another `parallax add` running at the same moment. A failure at
/// any step removes the temporary file, leaving the folder as it was.
public enum SavedPageWriter {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Saves `data` as `stem.ext` in `folder` (created if missing), or
    /// `stem-2.ext`, `stem-3.ext`… when taken, and returns the file's URL.
    public static func save(_ data: Data, stem: String, ext: String = "html", in folder: URL) throws -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create folder \(folder.path) (\(reason(error)))")
        }
        let temporary = folder.appendingPathComponent(".parallax-add-\(UUID().uuidString).tmp")
        try writeFlushed(data, to: temporary.path)
        defer { unlink(temporary.path) }

        for attempt in 1...10_000 {
            let target = folder.appendingPathComponent(SavedPageName.candidate(stem, ext: ext, attempt: attempt))
            if link(temporary.path, target.path) == 0 {
                syncFolder(folder.path)
                return target
            }
            let error = errno
            if error == EEXIST { continue }
            // File systems without hard links: check, then rename. Not
            // race-free against a concurrent writer, but never overwrites a
            // file that was there before.
            if error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == EMLINK {
                if FileManager.default.fileExists(atPath: target.path) { continue }
                if rename(temporary.path, target.path) == 0 {
                    syncFolder(folder.path)
                    return target
                }
            }
            throw Failure(description: "cannot save \(target.path) (\(String(cString: strerror(errno))))")
        }
        throw Failure(description: "cannot save in \(folder.path) (10,000 names for \(stem) taken)")
    }

    /// Creates `path` (it must not exist), writes all of `data` and fsyncs,
    /// so the bytes are on disk before the file gets its name.
    private static func writeFlushed(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure(description: "cannot write in \(dirname(path)) (\(String(cString: strerror(errno))))") }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw Failure(description: "cannot write in \(dirname(path)) (\(String(cString: strerror(failure))))")
        }
    }

    /// Makes the new name itself durable; a failure here loses nothing the
    /// user can act on, so it is ignored.
    private static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func dirname(_ path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
