import { request as httpRequest } from "node:http";

/**
 * POSTs `total` bytes of spaces to `url` in `chunk`-byte pieces with no Content-Length (chunked), so only reading
 * tells the server how big the body is; resolves with the status it answers (413 once it passes the limit).
 */
export function postChunked(url: string, { total, chunk }: { total: number; chunk: number }): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    let sent = 0;
    const write = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk;
        if (!req.write(" ".repeat(chunk))) return req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}
