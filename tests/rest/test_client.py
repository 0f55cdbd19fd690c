"""The generated low-level client: completeness, typing marker, and what goes over the wire."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from pathlib import Path
from types import ModuleType

import httpx

import c8y_rest
import c8y_rest.api
from c8y_rest import AuthenticatedClient, Client
from c8y_rest.api.managed_objects import (
    get_managed_object_collection_resource,
    post_managed_object_collection_resource,
)
from c8y_rest.api.measurements import post_measurement_collection_resource
from c8y_rest.models.managed_object import ManagedObject
from c8y_rest.models.managed_object_create import ManagedObjectCreate
from c8y_rest.models.measurement_collection import MeasurementCollection

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def endpoint_modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(c8y_rest.api.__path__, prefix="c8y_rest.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "asyncio_detailed"):
            found.append(module)
    return found


def spec_operations() -> list[tuple[str, str]]:
    spec = json.loads((ROOT / "openapi" / "c8y-core.json").read_text(encoding="utf-8"))
    return [
        (method, path)
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    ]


def test_every_operation_of_the_derived_spec_is_generated() -> None:
    modules = endpoint_modules()
    assert len(modules) == len(spec_operations())
    for module in modules:
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, name)), f"{module.__name__} lacks {name}"


def test_async_functions_take_any_async_client_and_sync_ones_a_generated_client() -> None:
    """``c8y.rest`` (an `AsyncApiClient` with no sync client) type-checks for the async
    functions only; the template (openapi/templates/endpoint_module.py.jinja) says so."""
    from c8y_rest.api import AsyncApiClient

    for module in endpoint_modules():
        for name in ("asyncio", "asyncio_detailed", "sync", "sync_detailed"):
            function = getattr(module, name, None)
            if function is None:  # operations without a parsed result have no plain form
                continue
            annotation = inspect.signature(function).parameters["client"].annotation
            if name.startswith("asyncio"):
                assert annotation is AsyncApiClient, f"{module.__name__}.{name}"
            else:
                assert annotation in (AuthenticatedClient, AuthenticatedClient | Client), (
                    f"{module.__name__}.{name}"
                )


def test_package_ships_its_type_annotations() -> None:
    assert (Path(c8y_rest.__file__).parent / "py.typed").is_file()


class Recorder:
    """An httpx handler that keeps each request and answers with a canned response."""

    def __init__(self, status: int, body: object, media_type: str) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = body
        self.media_type = media_type

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            self.status,
            content=json.dumps(self.body).encode(),
            headers={"Content-Type": self.media_type},
        )


async def test_create_call_sends_method_path_headers_and_vendor_media_type() -> None:
    created = {"id": "4711", "name": "pump", "self": "https://t/inventory/managedObjects/4711"}
    recorder = Recorder(201, created, "application/vnd.com.nsn.cumulocity.managedobject+json")
    client = AuthenticatedClient(
        base_url="https://tenant.example",
        token="abc",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    async with client:
        answer = await post_managed_object_collection_resource.asyncio(
            client=client,
            body=ManagedObjectCreate.from_dict({"name": "pump", "c8y_IsDevice": {}}),
            accept="application/vnd.com.nsn.cumulocity.managedobject+json",
        )

    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url == "https://tenant.example/inventory/managedObjects"
    assert request.headers["Content-Type"] == (
        "application/vnd.com.nsn.cumulocity.managedobject+json"
    )
    assert request.headers["Accept"] == "application/vnd.com.nsn.cumulocity.managedobject+json"
    assert request.headers["Authorization"] == "Bearer abc"
    assert request.headers["X-Cumulocity-Processing-Mode"] == "PERSISTENT"
    assert json.loads(request.content) == {"name": "pump", "c8y_IsDevice": {}}
    assert isinstance(answer, ManagedObject)
    assert answer.id == "4711"
    assert answer.additional_properties == {}


async def test_collection_query_sends_snake_case_arguments_as_platform_parameters() -> None:
    page = {"managedObjects": [], "statistics": {"currentPage": 2, "pageSize": 50}}
    recorder = Recorder(
        200, page, "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"
    )
    client = AuthenticatedClient(
        base_url="https://tenant.example",
        token="abc",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    async with client:
        response = await get_managed_object_collection_resource.asyncio_detailed(
            client=client, fragment_type="c8y_IsDevice", page_size=50, current_page=2
        )

    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.path == "/inventory/managedObjects"
    params = dict(request.url.params)
    assert params["fragmentType"] == "c8y_IsDevice"
    assert params["pageSize"] == "50"
    assert params["currentPage"] == "2"
    assert response.status_code == 200


def test_measurement_collection_request_uses_its_own_vendor_media_type() -> None:
    # Request building is a pure function of the generated module; check it without a transport.
    # (Its response parser expects a single measurement for 201, see README: a response documented
    # with several media types is parsed as the first one.)
    body = MeasurementCollection.from_dict(
        {
            "measurements": [
                {
                    "source": {"id": "1"},
                    "type": "t",
                    "time": "2026-01-01T00:00:00.000Z",
                    "c8y_T": {"T": {"value": 1.5, "unit": "C"}},
                }
            ]
        }
    )
    kwargs = post_measurement_collection_resource._get_kwargs(body=body)

    assert kwargs["method"] == "post"
    assert kwargs["url"] == "/measurement/measurements"
    assert kwargs["headers"]["Content-Type"] == (
        "application/vnd.com.nsn.cumulocity.measurementcollection+json"
    )
    assert kwargs["json"]["measurements"][0]["c8y_T"] == {"T": {"value": 1.5, "unit": "C"}}
