DATA_SAVER_COOKIE = "tiet-kiem-du-lieu"


def data_saver(request):
    """Whether the reader switched images off to save mobile data (remembered in a cookie, works without JS)."""
    return {"data_saver": request.COOKIES.get(DATA_SAVER_COOKIE) == "1"}
