use crate::openai::types::mcp::MCPTool;
use crate::openai::types::responses::{
    AdditionalToolsItemParam, AdditionalToolsItemParamRole, ApplyPatchCallOutputStatus,
    ApplyPatchCallOutputStatusParam, ApplyPatchCallStatus, ApplyPatchCallStatusParam,
    ApplyPatchCreateFileOperation, ApplyPatchCreateFileOperationParam,
    ApplyPatchDeleteFileOperation, ApplyPatchDeleteFileOperationParam, ApplyPatchOperation,
    ApplyPatchOperationParam, ApplyPatchToolCall, ApplyPatchToolCallItemParam,
    ApplyPatchToolCallOutput, ApplyPatchToolCallOutputItemParam, ApplyPatchUpdateFileOperation,
    ApplyPatchUpdateFileOperationParam, CodeInterpreterContainerAuto, CodeInterpreterTool,
    CodeInterpreterToolCall, CodeInterpreterToolContainer, CompactionBody,
    CompactionSummaryItemParam, ComputerCallOutputItemParam, ComputerToolCall,
    ComputerToolCallOutputResource, ComputerUsePreviewTool, ContainerReferenceParam,
    ContainerReferenceResource, ConversationParam, CustomToolCall, CustomToolCallOutput,
    CustomToolCallOutputResource, CustomToolParam, EasyInputContent, EasyInputMessage,
    FileSearchTool, FileSearchToolCall, FunctionCallOutput, FunctionCallOutputItemParam,
    FunctionCallOutputStatusEnum, FunctionCallStatus, FunctionShellAction,
    FunctionShellActionParam, FunctionShellCall, FunctionShellCallEnvironment,
    FunctionShellCallItemEnvironment, FunctionShellCallItemParam, FunctionShellCallItemStatus,
    FunctionShellCallOutput, FunctionShellCallOutputContent, FunctionShellCallOutputContentParam,
    FunctionShellCallOutputExitOutcome, FunctionShellCallOutputExitOutcomeParam,
    FunctionShellCallOutputItemParam, FunctionShellCallOutputOutcome,
    FunctionShellCallOutputOutcomeParam, FunctionShellCallOutputStatusEnum,
    FunctionShellCallStatus, FunctionTool, FunctionToolCall, FunctionToolCallOutputResource,
    ImageGenTool, ImageGenToolCall, InputContent, InputFileContent, InputImageContent, InputItem,
    InputMessage, InputParam, InputTextContent, Item, ItemReference, ItemReferenceType,
    LocalEnvironmentParam, LocalShellToolCall, LocalShellToolCallOutput, MCPApprovalRequest,
    MCPApprovalResponse, MCPListTools, MCPToolCall, MessageItem, MessageType, NamespaceToolParam,
    OutputItem, OutputMessage, OutputMessageContent, OutputStatus, OutputTextContent, Program,
    ProgramItemParam, ProgramOutput, ProgramOutputItemParam, ProgramOutputItemStatus,
    ProgramOutputStatus, Prompt, Reasoning, ReasoningEffort, ReasoningItem, ReasoningSummary,
    RefusalContent, ResponseFormatJsonSchema, ResponsePromptVariables, ResponseStreamOptions,
    ResponseTextParam, Role, TextResponseFormatConfiguration, Tool, ToolChoiceCustom,
    ToolChoiceFunction, ToolChoiceMCP, ToolChoiceOptions, ToolChoiceParam, ToolChoiceTypes,
    ToolSearchCall, ToolSearchCallItemParam, ToolSearchOutput, ToolSearchOutputItemParam,
    ToolSearchOutputNamespaceToolParam, ToolSearchOutputTool, ToolSearchToolParam, WebSearchTool,
    WebSearchToolCall,
};

// InputItem ergonomics

// InputParam ergonomics: from InputItem

// InputParam ergonomics: from string "family"

// InputParam ergonomics: from vector family

// Apply for &str

// Apply for String

// Apply for &String

// ConversationParam ergonomics

// ToolChoiceParam ergonomics

// ResponseTextParam ergonomics

// ResponseStreamOptions ergonomics

// Reasoning ergonomics

// Prompt ergonomics

// InputTextContent ergonomics

// InputContent ergonomics

// ResponsePromptVariables ergonomics

// MessageItem ergonomics

// FunctionCallOutput ergonomics

// RefusalContent ergonomics

// OutputMessageContent ergonomics

// Item ergonomics

// Tool ergonomics

// Vec<Tool> ergonomics

// EasyInputContent ergonomics

impl Default for EasyInputContent {
    fn default() -> Self {
        Self::Text("".to_string())
    }
}

// Defaults

impl Default for CodeInterpreterToolContainer {
    fn default() -> Self {
        Self::Auto(CodeInterpreterContainerAuto::default())
    }
}

impl Default for InputParam {
    fn default() -> Self {
        Self::Text(String::new())
    }
}

// ──────────────────────────────────────────────────────────────────────────
// OutputItem -> Item / InputItem (multi-turn responses helpers)
//
// The Responses API requires reasoning items to be echoed back into the
// next request's `input` alongside the function-call items they preceded —
// otherwise the server rejects the request with
// `Item 'fc_...' was provided without its required 'reasoning' item: ...`.
// In the official Python and Node SDKs the canonical pattern is just
// `input_list += response.output`, since their input/output item types
// are the same. In Rust the OpenAPI-derived schemas split into Item (input
// side) and OutputItem (output side), so an explicit conversion is needed.
//
// The conversions below give that "just append the output" ergonomic via
// `From<OutputItem> for InputItem`. For variants where input and output already share a struct
// the conversion is a one-liner; for the handful of variants where the
// schemas differ (resource types carry required `id`/`status`, while their
// input-side `*ItemParam` counterparts have those optional), per-pair
// `From` impls map the fields so callers don't have to write boilerplate
// per use site.
//
// References:
//   - https://github.com/64bit/async-openai/issues/492
//   - https://platform.openai.com/docs/guides/conversation-state
// ──────────────────────────────────────────────────────────────────────────

// Status enum mappings (resource side → param side).

// Shell environment / outcome mappings.

// ApplyPatch operation mappings.

// Per-resource-output → input-param conversions. Required `id` / `status`
// fields on the resource side become wrapped in `Some(...)` on the input
// side; status enums fold through the `From` impls above. The `created_by`
// field exists only on the resource side and is dropped on the way in —
// it's a server-assigned annotation that the input schema doesn't accept.

// Top-level: any output item rolls into an InputItem. This is the entry
// point callers actually want — see the `responses-multi-turn-reasoning`
// example for the round-trip pattern.
