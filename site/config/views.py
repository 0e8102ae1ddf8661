import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30


@never_cache
@require_GET
def health_check(request):
    """For load balancers and uptime monitors: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def server_error(request):
    """Django's 500 handler, except when the database is briefly away (a restart, a failover): then a calm
    'try again in a minute' with 503 and Retry-After. Every write is one transaction, so nothing was half-kept.
    Both pages render without a request context, so that nothing reaches the database again."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        logger.warning("Database unavailable for %s %s: %s", request.method, request.path, error)
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))
