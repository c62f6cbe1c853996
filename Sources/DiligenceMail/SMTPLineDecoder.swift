import NIOCore

/// Splits the server's bytes into reply lines (CRLF or LF ended), refusing a line longer than
/// `limit` bytes so a broken or hostile server cannot make the client buffer without bound.
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    /// The longest line taken, in bytes (RFC 5321 allows 512 for a reply line).
    let limit: Int

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > limit { throw SMTPLineTooLong(limit: limit) }
            return .needMoreData
        }
        let length = newline - view.startIndex
        if length > limit { throw SMTPLineTooLong(limit: limit) }
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// The server sent a line longer than the client takes.
struct SMTPLineTooLong: Error {
    var limit: Int
}
