"""The few Cloud API calls the channel makes, over one pooled httpx client.

Why not pywa: docs/decisions/0006-whatsapp-without-pywa.md. The calls are the Graph API's
``/{phone-number-id}/messages`` (send, mark as read) and ``/{media-id}`` (media URL, then the
bytes). Errors are sorted into three kinds the channel acts on: throttled (wait and send
again), the 24-hour window closed (send a template instead), refused for good (report).
"""

from __future__ import annotations

from typing import Any

import httpx

#: Meta's throttling codes: API calls (4), rate limit (80007), cloud API throughput (130429),
#: pair rate, too many to one user (131056). Sent again after a back-off, never dropped.
THROTTLE_CODES = frozenset({4, 80007, 130429, 131056})
#: re-engagement: more than 24 hours since her last message, only a template may go out
WINDOW_CLOSED = 131047


class Throttled(Exception):
    """Meta asked to slow down (or the call failed on the way): send again after a while."""

    def __init__(self, code: int | None) -> None:
        super().__init__(f"throttled ({code})")
        self.code = code


class WindowClosed(Exception):
    """The customer-service window is closed: only an approved template may be sent."""


class SendFailed(Exception):
    """Refused for good (a bad request, a number not on WhatsApp)."""

    def __init__(self, code: int | None) -> None:
        super().__init__(f"refused ({code})")
        self.code = code


class MediaTooBig(Exception):
    """The file is larger than the evidence cap: it is not downloaded."""


def raise_for_error(code: int | None) -> None:
    if code in THROTTLE_CODES:
        raise Throttled(code)
    if code == WINDOW_CLOSED:
        raise WindowClosed()
    raise SendFailed(code)


def error_code(body: Any) -> int | None:
    error = body.get("error") if isinstance(body, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, int) else None


class CloudApiClient:
    def __init__(self, token: str, base_url: str, *, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.AsyncClient(
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
            limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
        )

    async def close(self) -> None:
        await self._http.aclose()

    async def _post(self, phone_number_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            response = await self._http.post(f"{self.base_url}/{phone_number_id}/messages", json=payload)
        except httpx.HTTPError:
            raise Throttled(None) from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code >= 500:
            raise Throttled(error_code(body))
        if response.status_code >= 400 or not isinstance(body, dict):
            raise_for_error(error_code(body))
        return dict(body)

    async def send(self, phone_number_id: str, payload: dict[str, Any]) -> str:
        """Send one message; return its WhatsApp message id (``wamid``)."""
        body = await self._post(phone_number_id, {"messaging_product": "whatsapp", **payload})
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages or not isinstance(messages[0], dict):
            raise SendFailed(None)
        return str(messages[0].get("id", ""))

    async def upload(self, phone_number_id: str, name: str, mime: str, data: bytes) -> str:
        """Upload a file to send (the media endpoint); returns its media id (kept 30 days)."""
        try:
            response = await self._http.post(
                f"{self.base_url}/{phone_number_id}/media",
                data={"messaging_product": "whatsapp", "type": mime},
                files={"file": (name, data, mime)},
            )
        except httpx.HTTPError:
            raise Throttled(None) from None
        body = _json(response)
        if response.status_code >= 500:
            raise Throttled(error_code(body))
        if response.status_code >= 400 or not isinstance(body, dict) or not body.get("id"):
            raise_for_error(error_code(body))
        return str(body["id"])

    async def mark_read(self, phone_number_id: str, message_id: str) -> None:
        """The two blue ticks: she sees the message reached the service. Best effort."""
        try:
            await self._post(
                phone_number_id, {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
            )
        except (Throttled, WindowClosed, SendFailed):
            pass

    async def media_info(self, media_id: str) -> dict[str, Any]:
        """``{url, mime_type, file_size, ...}``; the URL lives about five minutes."""
        try:
            response = await self._http.get(f"{self.base_url}/{media_id}")
        except httpx.HTTPError:
            raise Throttled(None) from None
        if response.status_code >= 500:
            raise Throttled(None)
        if response.status_code >= 400:
            raise SendFailed(error_code(_json(response)))
        body = _json(response)
        return body if isinstance(body, dict) else {}

    async def download(self, media_id: str, cap: int) -> bytes:
        """The file's bytes, read at most ``cap`` of them (MediaTooBig beyond)."""
        info = await self.media_info(media_id)
        size = info.get("file_size")
        if isinstance(size, int) and size > cap:
            raise MediaTooBig()
        url = str(info.get("url") or "")
        if not url:
            raise SendFailed(None)
        chunks: list[bytes] = []
        total = 0
        try:
            async with self._http.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise Throttled(None) if response.status_code >= 500 else SendFailed(None)
                async for chunk in response.aiter_bytes():
                    total += len(chunk)
                    if total > cap:
                        raise MediaTooBig()
                    chunks.append(chunk)
        except httpx.HTTPError:
            raise Throttled(None) from None
        return b"".join(chunks)


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return {}
