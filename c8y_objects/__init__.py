"""c8y-objects: a typed, async object model for the Cumulocity IoT REST API."""

from typing import TYPE_CHECKING, Any

from c8y_objects._api import (
    ColumnSpec,
    CreationFilters,
    CumulocityResource,
    ExtraParams,
    TimeFilters,
    UpdateFilters,
)
from c8y_objects._base import (
    CumulocityObject,
    DateLike,
    FragmentNotFoundError,
    InvalidFragmentError,
    NaiveDatetimeError,
    ObjectStateError,
)
from c8y_objects._filters import DisplayFilter, JmesPathMatcher, JsonMatcher, JsonPathMatcher
from c8y_objects._http import CumulocityConnection, CumulocityRestClient, FileSpec
from c8y_objects._paths import InvalidPathError
from c8y_objects._retry import RetryPolicy
from c8y_objects.alarms import (
    Alarm,
    AlarmChangeFilters,
    AlarmCountFilters,
    AlarmDeleteFilters,
    AlarmFilters,
    Alarms,
    AlarmSeverity,
    AlarmSourceFilters,
    AlarmStatus,
)
from c8y_objects.binaries import Binaries, Binary, BinaryFilters
from c8y_objects.client import CumulocityClient
from c8y_objects.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkError,
    ConfigurationError,
    ConflictError,
    CumulocityError,
    InvalidFilterError,
    InvalidIdError,
    NonFiniteNumberError,
    NotFoundError,
    NoUniqueMatchError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnknownFilterError,
    UnprocessableEntityError,
    WireMismatchError,
)
from c8y_objects.events import Event, EventDeleteFilters, EventFilters, Events
from c8y_objects.fragments import (
    ActiveAlarmsStatus,
    Agent,
    AvailabilityStatus,
    Configuration,
    Connection,
    Firmware,
    Fragment,
    FragmentModel,
    Hardware,
    IsDevice,
    IsDeviceGroup,
    ListFragmentModel,
    Mobile,
    Position,
    RequiredAvailability,
    Software,
    SoftwareItem,
    SupportedOperations,
)
from c8y_objects.identity import ExternalId, Identity
from c8y_objects.inventory import (
    Availability,
    ConnectionStatus,
    DataStatus,
    Device,
    DeviceGroup,
    DeviceGroupInventory,
    DeviceInventory,
    Inventory,
    InventoryFilters,
    InventorySelection,
    ManagedObject,
    ObjectReadOptions,
)
from c8y_objects.measurements import (
    Measurement,
    MeasurementDeleteFilters,
    MeasurementFilters,
    Measurements,
    SeriesFilters,
    SeriesValue,
)
from c8y_objects.operations import (
    BulkOperation,
    BulkOperationGeneralStatus,
    BulkOperationProgress,
    BulkOperations,
    BulkOperationStatus,
    Operation,
    OperationDeleteFilters,
    OperationFilters,
    Operations,
    OperationStatus,
)

if TYPE_CHECKING:
    from c8y_objects.series import Series, SeriesSpec

# Imported on first use: they pull in pyarrow and numpy, which most scripts never need.
_LAZY = {"Series": "c8y_objects.series", "SeriesSpec": "c8y_objects.series"}


if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any name

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'c8y_objects' has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ActiveAlarmsStatus",
    "Agent",
    "Alarm",
    "AlarmChangeFilters",
    "AlarmCountFilters",
    "AlarmDeleteFilters",
    "AlarmFilters",
    "AlarmSeverity",
    "AlarmSourceFilters",
    "AlarmStatus",
    "Alarms",
    "AuthenticationError",
    "Availability",
    "AvailabilityStatus",
    "BadRequestError",
    "Binaries",
    "Binary",
    "BinaryFilters",
    "BulkError",
    "BulkOperation",
    "BulkOperationGeneralStatus",
    "BulkOperationProgress",
    "BulkOperationStatus",
    "BulkOperations",
    "ColumnSpec",
    "Configuration",
    "ConfigurationError",
    "ConflictError",
    "Connection",
    "ConnectionStatus",
    "CreationFilters",
    "CumulocityClient",
    "CumulocityConnection",
    "CumulocityError",
    "CumulocityObject",
    "CumulocityResource",
    "CumulocityRestClient",
    "DataStatus",
    "DateLike",
    "Device",
    "DeviceGroup",
    "DeviceGroupInventory",
    "DeviceInventory",
    "DisplayFilter",
    "Event",
    "EventDeleteFilters",
    "EventFilters",
    "Events",
    "ExternalId",
    "ExtraParams",
    "FileSpec",
    "Firmware",
    "Fragment",
    "FragmentModel",
    "FragmentNotFoundError",
    "Hardware",
    "Identity",
    "InvalidFilterError",
    "InvalidFragmentError",
    "InvalidIdError",
    "InvalidPathError",
    "Inventory",
    "InventoryFilters",
    "InventorySelection",
    "IsDevice",
    "IsDeviceGroup",
    "JmesPathMatcher",
    "JsonMatcher",
    "JsonPathMatcher",
    "ListFragmentModel",
    "ManagedObject",
    "Measurement",
    "MeasurementDeleteFilters",
    "MeasurementFilters",
    "Measurements",
    "Mobile",
    "NaiveDatetimeError",
    "NoUniqueMatchError",
    "NonFiniteNumberError",
    "NotFoundError",
    "ObjectReadOptions",
    "ObjectStateError",
    "Operation",
    "OperationDeleteFilters",
    "OperationFilters",
    "OperationStatus",
    "Operations",
    "PermissionDeniedError",
    "Position",
    "RateLimitError",
    "RequiredAvailability",
    "ResponseDecodeError",
    "RetryPolicy",
    "Series",
    "SeriesFilters",
    "SeriesSpec",
    "SeriesValue",
    "ServerError",
    "Software",
    "SoftwareItem",
    "SupportedOperations",
    "TimeFilters",
    "UnknownFilterError",
    "UnprocessableEntityError",
    "UpdateFilters",
    "WireMismatchError",
]
