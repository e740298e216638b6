use crate::openai::types::mcp::{
    MCPToolAllowedTools, MCPToolApprovalFilter, MCPToolApprovalSetting, MCPToolFilter,
    MCPToolRequireApproval,
};

// MCPToolRequireApproval ergonomics

// MCPToolAllowedTools ergonomics
