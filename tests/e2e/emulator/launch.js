// Test-only launcher for telegram-test-api 4.2.1 with a small compatibility layer.
// Usage: node launch.js --port N   (binds 127.0.0.1; prints "READY <port>" when listening)
// Each fix is listed in README.md. Our routes are put in front of the package's own.
'use strict';

const TelegramServer = require('telegram-test-api');
const express = require('express');

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || 0);
const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 24 * 3600 });
const app = server.webServer;
const layer = express.Router();

const BOT = { id: 666, is_bot: true, first_name: 'PMI Test Bot', username: 'PmiTestBot',
  can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
const seconds = (ms) => Math.floor(ms / 1000);
const state = {
  fail429: 0, retryAfter: 1,   // the next N send calls answer 429 (control/fail429)
  faults: [],                  // the next sendMessage calls fail: '502' or 'hang' (control/faults)
  faultsUntil: 0,              // and every sendMessage until this time (ms) fails with faultMode
  faultMode: '502',
  holdMs: 1500,                // a 'hang' holds the request this long, then drops the connection
  hangAfter: Infinity,         // every sendMessage once this many were stored hangs (a stalled API)
  deleted: [],                 // {chat_id, message_id} the bot deleted
  documents: [],               // {chat_id, filename, content_base64} the bot sent (sendDocument)
  files: {},                   // file_id -> {bytes, path}
  confirmed: {},               // token -> highest confirmed update_id (offset - 1)
  sendCount: 0,
  waiters: [],
};

function ok(res, result) { res.status(200).json({ ok: true, result }); }
function fail(res, code, description, parameters) {
  res.status(code).json({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });
}
function params(req) { return { ...req.query, ...(req.body || {}) }; }
function parseJson(value) { return typeof value === 'string' ? JSON.parse(value) : value; }
function wake() { const w = state.waiters; state.waiters = []; w.forEach((fn) => fn()); }
['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'].forEach((e) => server.on(e, wake));

// Fix: updates the bot has not confirmed with `offset` are delivered again (the package marks
// them read at first delivery); callback queries get chat_instance; dates are in seconds.
function pendingUpdates(token) {
  const floor = state.confirmed[token] || 0;
  return server.storage.userMessages
    .filter((u) => u.botToken === token && u.updateId > floor)
    .sort((a, b) => a.updateId - b.updateId)
    .map((u) => {
      const update = TelegramServer.formatUpdate(u);
      if (update.callback_query) {
        update.callback_query.chat_instance = String(update.callback_query.from.id);
      } else if (update.message) {
        update.message.date = seconds(u.time);
      }
      return update;
    });
}

function maybe429(res) {
  if (state.fail429 > 0) {
    state.fail429 -= 1;
    fail(res, 429, `Too Many Requests: retry after ${state.retryAfter}`, { retry_after: state.retryAfter });
    return true;
  }
  return false;
}

function botMessage(req, token, extra) {
  const body = params(req);
  for (const key of ['reply_markup', 'entities']) if (key in body) body[key] = parseJson(body[key]);
  const msg = server.addBotMessage({ ...body, ...extra }, token);
  const stored = server.storage.botMessages[server.storage.botMessages.length - 1];
  if (body.reply_markup && !msg.reply_markup) stored.message.reply_markup = body.reply_markup;
  state.sendCount += 1;
  return { ...msg, date: seconds(msg.date), from: BOT };
}

layer.all('/bot:token/getMe', (req, res) => ok(res, BOT));

// Fix: long polling honours `timeout`; `offset` confirms earlier updates.
layer.all('/bot:token/getUpdates', (req, res) => {
  const { token } = req.params;
  const p = params(req);
  if (p.offset !== undefined && Number(p.offset) > 0) {
    state.confirmed[token] = Math.max(state.confirmed[token] || 0, Number(p.offset) - 1);
  }
  const limit = Number(p.limit || 100);
  const timeout = Math.min(Number(p.timeout || 0), 30) * 1000;
  const answer = () => ok(res, pendingUpdates(token).slice(0, limit));
  if (pendingUpdates(token).length || !timeout) { answer(); return; }
  let done = false;
  const timer = setTimeout(() => { if (!done) { done = true; answer(); } }, timeout);
  state.waiters.push(() => { if (!done) { done = true; clearTimeout(timer); setTimeout(answer, 5); } });
});

// A Bot API having a bad time: a 502, or a request held until the client gives up (a timeout)
// and then dropped without an answer. Nothing is stored either way.
function maybeFault(req, res) {
  const stalled = state.sendCount >= state.hangAfter ? 'hang' : null;
  let mode = stalled;
  if (!mode && state.faults.length) {
    mode = state.faults.shift();
    // the window of failures begins when the sequence is spent, however long its hangs took
    if (!state.faults.length) state.faultsUntil = Date.now() + state.faultsFor;
  } else if (!mode && Date.now() < state.faultsUntil) {
    mode = state.faultMode;
  }
  if (!mode) return false;
  state.faulted = (state.faulted || 0) + 1;
  if (mode === '502') { fail(res, 502, 'Bad Gateway'); return true; }
  setTimeout(() => req.socket.destroy(), state.holdMs);
  return true;
}

layer.all('/bot:token/sendMessage', (req, res) => {
  if (maybe429(res)) return;
  if (maybeFault(req, res)) return;
  const p = params(req);
  if (!p.chat_id) { fail(res, 400, 'Bad Request: chat_id is empty'); return; }
  if (!p.text || String(p.text).length > 4096) { fail(res, 400, 'Bad Request: message text is empty or too long'); return; }
  ok(res, botMessage(req, req.params.token, {}));
});

// A multipart/form-data body (how the frameworks upload a file): its fields, and its files as
// {filename, bytes}. The package parses only JSON and urlencoded bodies.
function readMultipart(req) {
  return new Promise((resolve, reject) => {
    const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type'] || '');
    if (!match) { resolve({ fields: params(req), files: {} }); return; }
    const boundary = Buffer.from(`--${match[1] || match[2]}`);
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const fields = { ...req.query };
      const files = {};
      let at = body.indexOf(boundary);
      while (at !== -1) {
        const start = at + boundary.length + 2;  // past the boundary and its CRLF
        const next = body.indexOf(boundary, start);
        if (next === -1) break;
        const part = body.subarray(start, next - 2);  // less the CRLF before the next boundary
        const split = part.indexOf('\r\n\r\n');
        const head = part.subarray(0, split).toString();
        const value = part.subarray(split + 4);
        const name = /name="([^"]*)"/.exec(head);
        const filename = /filename="([^"]*)"/.exec(head);
        if (name && filename) files[name[1]] = { filename: filename[1], bytes: value };
        else if (name) fields[name[1]] = value.toString();
        at = next;
      }
      resolve({ fields, files });
    });
  });
}

// Fix: a document upload is read and kept, so tests can check the file a mediator sent.
layer.all('/bot:token/sendDocument', async (req, res) => {
  if (maybe429(res)) return;
  const { fields, files } = await readMultipart(req);
  // python-telegram-bot uploads the file as the field `document`; aiogram as another field that
  // `document` names with attach://<field>
  const attached = /^attach:\/\/(.+)$/.exec(fields.document || '');
  const file = attached ? files[attached[1]] : files.document;
  if (!fields.chat_id || !file) { fail(res, 400, 'Bad Request: there is no document in the request'); return; }
  state.documents.push({ chat_id: Number(fields.chat_id), filename: file.filename,
    content_base64: file.bytes.toString('base64') });
  const msg = server.addBotMessage({ chat_id: fields.chat_id, text: `[document] ${file.filename}` }, req.params.token);
  state.sendCount += 1;
  ok(res, { ...msg, date: seconds(msg.date), from: BOT,
    document: { file_id: `sent-${state.documents.length}`, file_unique_id: `sent-${state.documents.length}`,
      file_name: file.filename, file_size: file.bytes.length } });
});

// Fix: media sending, chat actions and commands are answered instead of 500.
for (const kind of ['sendPhoto', 'sendVoice', 'sendAudio', 'sendVideo']) {
  layer.all(`/bot:token/${kind}`, (req, res) => {
    if (maybe429(res)) return;
    ok(res, botMessage(req, req.params.token, { text: params(req).caption || `[${kind}]` }));
  });
}
layer.all('/bot:token/sendChatAction', (req, res) => ok(res, true));
layer.all('/bot:token/setMyCommands', (req, res) => ok(res, true));
layer.all('/bot:token/deleteMyCommands', (req, res) => ok(res, true));
layer.all('/bot:token/answerCallbackQuery', (req, res) => ok(res, true));
layer.all('/bot:token/editMessageText', (req, res) => {
  const p = params(req);
  ok(res, { message_id: Number(p.message_id), chat: { id: Number(p.chat_id), type: 'private' },
    date: seconds(Date.now()), text: p.text, from: BOT });
});
layer.all('/bot:token/editMessageReplyMarkup', (req, res) => ok(res, true));

// Fix: deletions are recorded, so tests can check that discreet mode deletes messages.
layer.all('/bot:token/deleteMessage', (req, res) => {
  const p = params(req);
  state.deleted.push({ chat_id: Number(p.chat_id), message_id: Number(p.message_id) });
  ok(res, true);
});

// Fix: getFile and file downloads serve what the simulated user uploaded.
layer.all('/bot:token/getFile', (req, res) => {
  const file = state.files[params(req).file_id];
  if (!file) { fail(res, 400, 'Bad Request: invalid file_id'); return; }
  ok(res, { file_id: params(req).file_id, file_unique_id: params(req).file_id, file_size: file.bytes.length,
    file_path: file.path });
});
layer.get('/file/bot:token/*', (req, res) => {
  const path = req.params[0];
  const file = Object.values(state.files).find((f) => f.path === path);
  if (!file) { res.status(404).end(); return; }
  res.status(200).type('application/octet-stream').send(file.bytes);
});

layer.all('/bot:token/getWebhookInfo', (req, res) => ok(res, { url: '', has_custom_certificate: false,
  pending_update_count: 0 }));
layer.all('/bot:token/deleteWebhook', (req, res) => ok(res, true));
layer.all('/bot:token/setWebhook', (req, res) => ok(res, true));
layer.all('/bot:token/logOut', (req, res) => ok(res, true));
layer.all('/bot:token/close', (req, res) => ok(res, true));

// Control endpoints for tests.
layer.post('/control/upload', (req, res) => {
  const id = `file-${Object.keys(state.files).length + 1}`;
  state.files[id] = { bytes: Buffer.from(req.body.content_base64, 'base64'), path: `uploads/${id}` };
  res.json({ ok: true, file_id: id });
});
layer.post('/control/fail429', (req, res) => {
  state.fail429 = Number(req.body.count || 1);
  state.retryAfter = Number(req.body.retry_after || 1);
  res.json({ ok: true });
});
layer.post('/control/faults', (req, res) => {
  state.faults = (req.body.sequence || []).map(String);
  state.faultsFor = Number(req.body.for_ms || 0);
  state.faultsUntil = state.faults.length ? 0 : Date.now() + state.faultsFor;
  state.faultMode = String(req.body.mode || '502');
  state.holdMs = Number(req.body.hold_ms || 1500);
  state.hangAfter = req.body.hang_after === undefined || req.body.hang_after === null ? Infinity : Number(req.body.hang_after);
  res.json({ ok: true });
});
layer.post('/control/botMessages', (req, res) => {
  const { token, chatId } = req.body;
  const messages = server.storage.botMessages
    .filter((m) => m.botToken === token && (chatId === undefined || String(m.message.chat_id) === String(chatId)))
    .map((m) => ({ message_id: m.messageId, chat_id: Number(m.message.chat_id), text: m.message.text,
      reply_markup: parseJson(m.message.reply_markup) || null, time: m.time }));
  res.json({ ok: true, result: messages, deleted: state.deleted, documents: state.documents, sent: state.sendCount,
    faulted: state.faulted || 0 });
});

// Fix: unknown methods answer 404 with ok:false, as Telegram does, not 500.
layer.all('/bot:token/:method', (req, res) => fail(res, 404, `Not Found: method ${req.params.method}`));

app.use(layer);
const stack = app._router.stack;
const ours = stack.pop();
const jsonAt = stack.findIndex((l) => l.name === 'urlencodedParser');
stack.splice(jsonAt + 2, 0, ours);

server.start().then(() => {
  process.stdout.write(`READY ${server.server.address().port}\n`);
});
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
