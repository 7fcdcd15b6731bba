// https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ServiceWafConfigurationConfig extends cdktf.TerraformMetaArguments {
  /**
  * Conditionally prevents a new firewall version from being activated. The apply step will continue to create a new draft version but will not activate it if this is set to `false`. Default `true`
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#activate ServiceWafConfiguration#activate}
  */
  readonly activate?: boolean | cdktf.IResolvable;
  /**
  * Allowed HTTP versions
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#allowed_http_versions ServiceWafConfiguration#allowed_http_versions}
  */
  readonly allowedHttpVersions?: string;
  /**
  * A space-separated list of HTTP method names
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#allowed_methods ServiceWafConfiguration#allowed_methods}
  */
  readonly allowedMethods?: string;
  /**
  * Allowed request content types
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#allowed_request_content_type ServiceWafConfiguration#allowed_request_content_type}
  */
  readonly allowedRequestContentType?: string;
  /**
  * Allowed request content type charset
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#allowed_request_content_type_charset ServiceWafConfiguration#allowed_request_content_type_charset}
  */
  readonly allowedRequestContentTypeCharset?: string;
  /**
  * The maximum number of arguments allowed
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#arg_length ServiceWafConfiguration#arg_length}
  */
  readonly argLength?: number;
  /**
  * The maximum allowed argument name length
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#arg_name_length ServiceWafConfiguration#arg_name_length}
  */
  readonly argNameLength?: number;
  /**
  * The maximum allowed size of all files
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#combined_file_sizes ServiceWafConfiguration#combined_file_sizes}
  */
  readonly combinedFileSizes?: number;
  /**
  * Score value to add for critical anomalies
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#critical_anomaly_score ServiceWafConfiguration#critical_anomaly_score}
  */
  readonly criticalAnomalyScore?: number;
  /**
  * CRS validate UTF8 encoding
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#crs_validate_utf8_encoding ServiceWafConfiguration#crs_validate_utf8_encoding}
  */
  readonly crsValidateUtf8Encoding?: boolean | cdktf.IResolvable;
  /**
  * Score value to add for error anomalies
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#error_anomaly_score ServiceWafConfiguration#error_anomaly_score}
  */
  readonly errorAnomalyScore?: number;
  /**
  * A space-separated list of country codes in ISO 3166-1 (two-letter) format
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#high_risk_country_codes ServiceWafConfiguration#high_risk_country_codes}
  */
  readonly highRiskCountryCodes?: string;
  /**
  * HTTP violation threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#http_violation_score_threshold ServiceWafConfiguration#http_violation_score_threshold}
  */
  readonly httpViolationScoreThreshold?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#id ServiceWafConfiguration#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Inbound anomaly threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#inbound_anomaly_score_threshold ServiceWafConfiguration#inbound_anomaly_score_threshold}
  */
  readonly inboundAnomalyScoreThreshold?: number;
  /**
  * Local file inclusion attack threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#lfi_score_threshold ServiceWafConfiguration#lfi_score_threshold}
  */
  readonly lfiScoreThreshold?: number;
  /**
  * The maximum allowed file size, in bytes
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#max_file_size ServiceWafConfiguration#max_file_size}
  */
  readonly maxFileSize?: number;
  /**
  * The maximum number of arguments allowed
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#max_num_args ServiceWafConfiguration#max_num_args}
  */
  readonly maxNumArgs?: number;
  /**
  * Score value to add for notice anomalies
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#notice_anomaly_score ServiceWafConfiguration#notice_anomaly_score}
  */
  readonly noticeAnomalyScore?: number;
  /**
  * The configured paranoia level
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#paranoia_level ServiceWafConfiguration#paranoia_level}
  */
  readonly paranoiaLevel?: number;
  /**
  * PHP injection threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#php_injection_score_threshold ServiceWafConfiguration#php_injection_score_threshold}
  */
  readonly phpInjectionScoreThreshold?: number;
  /**
  * Remote code execution threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#rce_score_threshold ServiceWafConfiguration#rce_score_threshold}
  */
  readonly rceScoreThreshold?: number;
  /**
  * A space-separated list of allowed file extensions
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#restricted_extensions ServiceWafConfiguration#restricted_extensions}
  */
  readonly restrictedExtensions?: string;
  /**
  * A space-separated list of allowed header names
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#restricted_headers ServiceWafConfiguration#restricted_headers}
  */
  readonly restrictedHeaders?: string;
  /**
  * Remote file inclusion attack threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#rfi_score_threshold ServiceWafConfiguration#rfi_score_threshold}
  */
  readonly rfiScoreThreshold?: number;
  /**
  * Session fixation attack threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#session_fixation_score_threshold ServiceWafConfiguration#session_fixation_score_threshold}
  */
  readonly sessionFixationScoreThreshold?: number;
  /**
  * SQL injection attack threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#sql_injection_score_threshold ServiceWafConfiguration#sql_injection_score_threshold}
  */
  readonly sqlInjectionScoreThreshold?: number;
  /**
  * The maximum size of argument names and values
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#total_arg_length ServiceWafConfiguration#total_arg_length}
  */
  readonly totalArgLength?: number;
  /**
  * The ID of the Web Application Firewall that the configuration belongs to
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#waf_id ServiceWafConfiguration#waf_id}
  */
  readonly wafId: string;
  /**
  * Score value to add for warning anomalies
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#warning_anomaly_score ServiceWafConfiguration#warning_anomaly_score}
  */
  readonly warningAnomalyScore?: number;
  /**
  * XSS attack threshold
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#xss_score_threshold ServiceWafConfiguration#xss_score_threshold}
  */
  readonly xssScoreThreshold?: number;
  /**
  * rule block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#rule ServiceWafConfiguration#rule}
  */
  readonly rule?: ServiceWafConfigurationRule[] | cdktf.IResolvable;
  /**
  * rule_exclusion block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#rule_exclusion ServiceWafConfiguration#rule_exclusion}
  */
  readonly ruleExclusion?: ServiceWafConfigurationRuleExclusion[] | cdktf.IResolvable;
}
export interface ServiceWafConfigurationRule {
  /**
  * The Web Application Firewall rule's modsecurity ID
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#modsec_rule_id ServiceWafConfiguration#modsec_rule_id}
  */
  readonly modsecRuleId: number;
  /**
  * The Web Application Firewall rule's revision. The latest revision will be used if this is not provided
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#revision ServiceWafConfiguration#revision}
  */
  readonly revision?: number;
  /**
  * The Web Application Firewall rule's status. Allowed values are (`log`, `block` and `score`)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#status ServiceWafConfiguration#status}
  */
  readonly status: string;
}

export function serviceWafConfigurationRuleToTerraform(struct?: ServiceWafConfigurationRule | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    modsec_rule_id: cdktf.numberToTerraform(struct!.modsecRuleId),
    revision: cdktf.numberToTerraform(struct!.revision),
    status: cdktf.stringToTerraform(struct!.status),
  }
}


export function serviceWafConfigurationRuleToHclTerraform(struct?: ServiceWafConfigurationRule | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    modsec_rule_id: {
      value: cdktf.numberToHclTerraform(struct!.modsecRuleId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    revision: {
      value: cdktf.numberToHclTerraform(struct!.revision),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    status: {
      value: cdktf.stringToHclTerraform(struct!.status),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServiceWafConfigurationRuleOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ServiceWafConfigurationRule | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._modsecRuleId !== undefined) {
      hasAnyValues = true;
      internalValueResult.modsecRuleId = this._modsecRuleId;
    }
    if (this._revision !== undefined) {
      hasAnyValues = true;
      internalValueResult.revision = this._revision;
    }
    if (this._status !== undefined) {
      hasAnyValues = true;
      internalValueResult.status = this._status;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServiceWafConfigurationRule | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._modsecRuleId = undefined;
      this._revision = undefined;
      this._status = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._modsecRuleId = value.modsecRuleId;
      this._revision = value.revision;
      this._status = value.status;
    }
  }

  // modsec_rule_id - computed: false, optional: false, required: true
  private _modsecRuleId?: number; 
  public get modsecRuleId() {
    return this.getNumberAttribute('modsec_rule_id');
  }
  public set modsecRuleId(value: number) {
    this._modsecRuleId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modsecRuleIdInput() {
    return this._modsecRuleId;
  }

  // revision - computed: true, optional: true, required: false
  private _revision?: number; 
  public get revision() {
    return this.getNumberAttribute('revision');
  }
  public set revision(value: number) {
    this._revision = value;
  }
  public resetRevision() {
    this._revision = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get revisionInput() {
    return this._revision;
  }

  // status - computed: false, optional: false, required: true
  private _status?: string; 
  public get status() {
    return this.getStringAttribute('status');
  }
  public set status(value: string) {
    this._status = value;
  }
  // Temporarily expose input value. Use with caution.
  public get statusInput() {
    return this._status;
  }
}

export class ServiceWafConfigurationRuleList extends cdktf.ComplexList {
  public internalValue? : ServiceWafConfigurationRule[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ServiceWafConfigurationRuleOutputReference {
    return new ServiceWafConfigurationRuleOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface ServiceWafConfigurationRuleExclusion {
  /**
  * A conditional expression in VCL used to determine if the condition is met
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#condition ServiceWafConfiguration#condition}
  */
  readonly condition: string;
  /**
  * The type of rule exclusion. Values are `rule` to exclude the specified rule(s), or `waf` to disable the Web Application Firewall
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#exclusion_type ServiceWafConfiguration#exclusion_type}
  */
  readonly exclusionType: string;
  /**
  * Set of modsecurity IDs to be excluded. No rules should be provided when `exclusion_type` is `waf`. The rules need to be configured on the Web Application Firewall to be excluded
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#modsec_rule_ids ServiceWafConfiguration#modsec_rule_ids}
  */
  readonly modsecRuleIds?: number[];
  /**
  * The name of rule exclusion
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#name ServiceWafConfiguration#name}
  */
  readonly name: string;
}

export function serviceWafConfigurationRuleExclusionToTerraform(struct?: ServiceWafConfigurationRuleExclusion | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    condition: cdktf.stringToTerraform(struct!.condition),
    exclusion_type: cdktf.stringToTerraform(struct!.exclusionType),
    modsec_rule_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.modsecRuleIds),
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function serviceWafConfigurationRuleExclusionToHclTerraform(struct?: ServiceWafConfigurationRuleExclusion | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    condition: {
      value: cdktf.stringToHclTerraform(struct!.condition),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    exclusion_type: {
      value: cdktf.stringToHclTerraform(struct!.exclusionType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    modsec_rule_ids: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.modsecRuleIds),
      isBlock: false,
      type: "set",
      storageClassType: "numberList",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class ServiceWafConfigurationRuleExclusionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): ServiceWafConfigurationRuleExclusion | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._condition !== undefined) {
      hasAnyValues = true;
      internalValueResult.condition = this._condition;
    }
    if (this._exclusionType !== undefined) {
      hasAnyValues = true;
      internalValueResult.exclusionType = this._exclusionType;
    }
    if (this._modsecRuleIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.modsecRuleIds = this._modsecRuleIds;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: ServiceWafConfigurationRuleExclusion | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._condition = undefined;
      this._exclusionType = undefined;
      this._modsecRuleIds = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._condition = value.condition;
      this._exclusionType = value.exclusionType;
      this._modsecRuleIds = value.modsecRuleIds;
      this._name = value.name;
    }
  }

  // condition - computed: false, optional: false, required: true
  private _condition?: string; 
  public get condition() {
    return this.getStringAttribute('condition');
  }
  public set condition(value: string) {
    this._condition = value;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionInput() {
    return this._condition;
  }

  // exclusion_type - computed: false, optional: false, required: true
  private _exclusionType?: string; 
  public get exclusionType() {
    return this.getStringAttribute('exclusion_type');
  }
  public set exclusionType(value: string) {
    this._exclusionType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get exclusionTypeInput() {
    return this._exclusionType;
  }

  // modsec_rule_ids - computed: false, optional: true, required: false
  private _modsecRuleIds?: number[]; 
  public get modsecRuleIds() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('modsec_rule_ids')));
  }
  public set modsecRuleIds(value: number[]) {
    this._modsecRuleIds = value;
  }
  public resetModsecRuleIds() {
    this._modsecRuleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modsecRuleIdsInput() {
    return this._modsecRuleIds;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number - computed: true, optional: false, required: false
  public get number() {
    return this.getNumberAttribute('number');
  }
}

export class ServiceWafConfigurationRuleExclusionList extends cdktf.ComplexList {
  public internalValue? : ServiceWafConfigurationRuleExclusion[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): ServiceWafConfigurationRuleExclusionOutputReference {
    return new ServiceWafConfigurationRuleExclusionOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration fastly_service_waf_configuration}
*/
export class ServiceWafConfiguration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "fastly_service_waf_configuration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ServiceWafConfiguration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ServiceWafConfiguration to import
  * @param importFromId The id of the existing ServiceWafConfiguration that should be imported. Refer to the {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ServiceWafConfiguration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "fastly_service_waf_configuration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/resources/service_waf_configuration fastly_service_waf_configuration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ServiceWafConfigurationConfig
  */
  public constructor(scope: Construct, id: string, config: ServiceWafConfigurationConfig) {
    super(scope, id, {
      terraformResourceType: 'fastly_service_waf_configuration',
      terraformGeneratorMetadata: {
        providerName: 'fastly'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._activate = config.activate;
    this._allowedHttpVersions = config.allowedHttpVersions;
    this._allowedMethods = config.allowedMethods;
    this._allowedRequestContentType = config.allowedRequestContentType;
    this._allowedRequestContentTypeCharset = config.allowedRequestContentTypeCharset;
    this._argLength = config.argLength;
    this._argNameLength = config.argNameLength;
    this._combinedFileSizes = config.combinedFileSizes;
    this._criticalAnomalyScore = config.criticalAnomalyScore;
    this._crsValidateUtf8Encoding = config.crsValidateUtf8Encoding;
    this._errorAnomalyScore = config.errorAnomalyScore;
    this._highRiskCountryCodes = config.highRiskCountryCodes;
    this._httpViolationScoreThreshold = config.httpViolationScoreThreshold;
    this._id = config.id;
    this._inboundAnomalyScoreThreshold = config.inboundAnomalyScoreThreshold;
    this._lfiScoreThreshold = config.lfiScoreThreshold;
    this._maxFileSize = config.maxFileSize;
    this._maxNumArgs = config.maxNumArgs;
    this._noticeAnomalyScore = config.noticeAnomalyScore;
    this._paranoiaLevel = config.paranoiaLevel;
    this._phpInjectionScoreThreshold = config.phpInjectionScoreThreshold;
    this._rceScoreThreshold = config.rceScoreThreshold;
    this._restrictedExtensions = config.restrictedExtensions;
    this._restrictedHeaders = config.restrictedHeaders;
    this._rfiScoreThreshold = config.rfiScoreThreshold;
    this._sessionFixationScoreThreshold = config.sessionFixationScoreThreshold;
    this._sqlInjectionScoreThreshold = config.sqlInjectionScoreThreshold;
    this._totalArgLength = config.totalArgLength;
    this._wafId = config.wafId;
    this._warningAnomalyScore = config.warningAnomalyScore;
    this._xssScoreThreshold = config.xssScoreThreshold;
    this._rule.internalValue = config.rule;
    this._ruleExclusion.internalValue = config.ruleExclusion;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // activate - computed: false, optional: true, required: false
  private _activate?: boolean | cdktf.IResolvable; 
  public get activate() {
    return this.getBooleanAttribute('activate');
  }
  public set activate(value: boolean | cdktf.IResolvable) {
    this._activate = value;
  }
  public resetActivate() {
    this._activate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activateInput() {
    return this._activate;
  }

  // active - computed: true, optional: false, required: false
  public get active() {
    return this.getBooleanAttribute('active');
  }

  // allowed_http_versions - computed: true, optional: true, required: false
  private _allowedHttpVersions?: string; 
  public get allowedHttpVersions() {
    return this.getStringAttribute('allowed_http_versions');
  }
  public set allowedHttpVersions(value: string) {
    this._allowedHttpVersions = value;
  }
  public resetAllowedHttpVersions() {
    this._allowedHttpVersions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedHttpVersionsInput() {
    return this._allowedHttpVersions;
  }

  // allowed_methods - computed: true, optional: true, required: false
  private _allowedMethods?: string; 
  public get allowedMethods() {
    return this.getStringAttribute('allowed_methods');
  }
  public set allowedMethods(value: string) {
    this._allowedMethods = value;
  }
  public resetAllowedMethods() {
    this._allowedMethods = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedMethodsInput() {
    return this._allowedMethods;
  }

  // allowed_request_content_type - computed: true, optional: true, required: false
  private _allowedRequestContentType?: string; 
  public get allowedRequestContentType() {
    return this.getStringAttribute('allowed_request_content_type');
  }
  public set allowedRequestContentType(value: string) {
    this._allowedRequestContentType = value;
  }
  public resetAllowedRequestContentType() {
    this._allowedRequestContentType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedRequestContentTypeInput() {
    return this._allowedRequestContentType;
  }

  // allowed_request_content_type_charset - computed: true, optional: true, required: false
  private _allowedRequestContentTypeCharset?: string; 
  public get allowedRequestContentTypeCharset() {
    return this.getStringAttribute('allowed_request_content_type_charset');
  }
  public set allowedRequestContentTypeCharset(value: string) {
    this._allowedRequestContentTypeCharset = value;
  }
  public resetAllowedRequestContentTypeCharset() {
    this._allowedRequestContentTypeCharset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedRequestContentTypeCharsetInput() {
    return this._allowedRequestContentTypeCharset;
  }

  // arg_length - computed: true, optional: true, required: false
  private _argLength?: number; 
  public get argLength() {
    return this.getNumberAttribute('arg_length');
  }
  public set argLength(value: number) {
    this._argLength = value;
  }
  public resetArgLength() {
    this._argLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get argLengthInput() {
    return this._argLength;
  }

  // arg_name_length - computed: true, optional: true, required: false
  private _argNameLength?: number; 
  public get argNameLength() {
    return this.getNumberAttribute('arg_name_length');
  }
  public set argNameLength(value: number) {
    this._argNameLength = value;
  }
  public resetArgNameLength() {
    this._argNameLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get argNameLengthInput() {
    return this._argNameLength;
  }

  // cloned_version - computed: true, optional: false, required: false
  public get clonedVersion() {
    return this.getNumberAttribute('cloned_version');
  }

  // combined_file_sizes - computed: true, optional: true, required: false
  private _combinedFileSizes?: number; 
  public get combinedFileSizes() {
    return this.getNumberAttribute('combined_file_sizes');
  }
  public set combinedFileSizes(value: number) {
    this._combinedFileSizes = value;
  }
  public resetCombinedFileSizes() {
    this._combinedFileSizes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get combinedFileSizesInput() {
    return this._combinedFileSizes;
  }

  // critical_anomaly_score - computed: true, optional: true, required: false
  private _criticalAnomalyScore?: number; 
  public get criticalAnomalyScore() {
    return this.getNumberAttribute('critical_anomaly_score');
  }
  public set criticalAnomalyScore(value: number) {
    this._criticalAnomalyScore = value;
  }
  public resetCriticalAnomalyScore() {
    this._criticalAnomalyScore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get criticalAnomalyScoreInput() {
    return this._criticalAnomalyScore;
  }

  // crs_validate_utf8_encoding - computed: true, optional: true, required: false
  private _crsValidateUtf8Encoding?: boolean | cdktf.IResolvable; 
  public get crsValidateUtf8Encoding() {
    return this.getBooleanAttribute('crs_validate_utf8_encoding');
  }
  public set crsValidateUtf8Encoding(value: boolean | cdktf.IResolvable) {
    this._crsValidateUtf8Encoding = value;
  }
  public resetCrsValidateUtf8Encoding() {
    this._crsValidateUtf8Encoding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get crsValidateUtf8EncodingInput() {
    return this._crsValidateUtf8Encoding;
  }

  // error_anomaly_score - computed: true, optional: true, required: false
  private _errorAnomalyScore?: number; 
  public get errorAnomalyScore() {
    return this.getNumberAttribute('error_anomaly_score');
  }
  public set errorAnomalyScore(value: number) {
    this._errorAnomalyScore = value;
  }
  public resetErrorAnomalyScore() {
    this._errorAnomalyScore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get errorAnomalyScoreInput() {
    return this._errorAnomalyScore;
  }

  // high_risk_country_codes - computed: true, optional: true, required: false
  private _highRiskCountryCodes?: string; 
  public get highRiskCountryCodes() {
    return this.getStringAttribute('high_risk_country_codes');
  }
  public set highRiskCountryCodes(value: string) {
    this._highRiskCountryCodes = value;
  }
  public resetHighRiskCountryCodes() {
    this._highRiskCountryCodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get highRiskCountryCodesInput() {
    return this._highRiskCountryCodes;
  }

  // http_violation_score_threshold - computed: true, optional: true, required: false
  private _httpViolationScoreThreshold?: number; 
  public get httpViolationScoreThreshold() {
    return this.getNumberAttribute('http_violation_score_threshold');
  }
  public set httpViolationScoreThreshold(value: number) {
    this._httpViolationScoreThreshold = value;
  }
  public resetHttpViolationScoreThreshold() {
    this._httpViolationScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpViolationScoreThresholdInput() {
    return this._httpViolationScoreThreshold;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // inbound_anomaly_score_threshold - computed: true, optional: true, required: false
  private _inboundAnomalyScoreThreshold?: number; 
  public get inboundAnomalyScoreThreshold() {
    return this.getNumberAttribute('inbound_anomaly_score_threshold');
  }
  public set inboundAnomalyScoreThreshold(value: number) {
    this._inboundAnomalyScoreThreshold = value;
  }
  public resetInboundAnomalyScoreThreshold() {
    this._inboundAnomalyScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inboundAnomalyScoreThresholdInput() {
    return this._inboundAnomalyScoreThreshold;
  }

  // lfi_score_threshold - computed: true, optional: true, required: false
  private _lfiScoreThreshold?: number; 
  public get lfiScoreThreshold() {
    return this.getNumberAttribute('lfi_score_threshold');
  }
  public set lfiScoreThreshold(value: number) {
    this._lfiScoreThreshold = value;
  }
  public resetLfiScoreThreshold() {
    this._lfiScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lfiScoreThresholdInput() {
    return this._lfiScoreThreshold;
  }

  // max_file_size - computed: true, optional: true, required: false
  private _maxFileSize?: number; 
  public get maxFileSize() {
    return this.getNumberAttribute('max_file_size');
  }
  public set maxFileSize(value: number) {
    this._maxFileSize = value;
  }
  public resetMaxFileSize() {
    this._maxFileSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxFileSizeInput() {
    return this._maxFileSize;
  }

  // max_num_args - computed: true, optional: true, required: false
  private _maxNumArgs?: number; 
  public get maxNumArgs() {
    return this.getNumberAttribute('max_num_args');
  }
  public set maxNumArgs(value: number) {
    this._maxNumArgs = value;
  }
  public resetMaxNumArgs() {
    this._maxNumArgs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxNumArgsInput() {
    return this._maxNumArgs;
  }

  // notice_anomaly_score - computed: true, optional: true, required: false
  private _noticeAnomalyScore?: number; 
  public get noticeAnomalyScore() {
    return this.getNumberAttribute('notice_anomaly_score');
  }
  public set noticeAnomalyScore(value: number) {
    this._noticeAnomalyScore = value;
  }
  public resetNoticeAnomalyScore() {
    this._noticeAnomalyScore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noticeAnomalyScoreInput() {
    return this._noticeAnomalyScore;
  }

  // number - computed: true, optional: false, required: false
  public get number() {
    return this.getNumberAttribute('number');
  }

  // paranoia_level - computed: true, optional: true, required: false
  private _paranoiaLevel?: number; 
  public get paranoiaLevel() {
    return this.getNumberAttribute('paranoia_level');
  }
  public set paranoiaLevel(value: number) {
    this._paranoiaLevel = value;
  }
  public resetParanoiaLevel() {
    this._paranoiaLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get paranoiaLevelInput() {
    return this._paranoiaLevel;
  }

  // php_injection_score_threshold - computed: true, optional: true, required: false
  private _phpInjectionScoreThreshold?: number; 
  public get phpInjectionScoreThreshold() {
    return this.getNumberAttribute('php_injection_score_threshold');
  }
  public set phpInjectionScoreThreshold(value: number) {
    this._phpInjectionScoreThreshold = value;
  }
  public resetPhpInjectionScoreThreshold() {
    this._phpInjectionScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get phpInjectionScoreThresholdInput() {
    return this._phpInjectionScoreThreshold;
  }

  // rce_score_threshold - computed: true, optional: true, required: false
  private _rceScoreThreshold?: number; 
  public get rceScoreThreshold() {
    return this.getNumberAttribute('rce_score_threshold');
  }
  public set rceScoreThreshold(value: number) {
    this._rceScoreThreshold = value;
  }
  public resetRceScoreThreshold() {
    this._rceScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rceScoreThresholdInput() {
    return this._rceScoreThreshold;
  }

  // restricted_extensions - computed: true, optional: true, required: false
  private _restrictedExtensions?: string; 
  public get restrictedExtensions() {
    return this.getStringAttribute('restricted_extensions');
  }
  public set restrictedExtensions(value: string) {
    this._restrictedExtensions = value;
  }
  public resetRestrictedExtensions() {
    this._restrictedExtensions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restrictedExtensionsInput() {
    return this._restrictedExtensions;
  }

  // restricted_headers - computed: true, optional: true, required: false
  private _restrictedHeaders?: string; 
  public get restrictedHeaders() {
    return this.getStringAttribute('restricted_headers');
  }
  public set restrictedHeaders(value: string) {
    this._restrictedHeaders = value;
  }
  public resetRestrictedHeaders() {
    this._restrictedHeaders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restrictedHeadersInput() {
    return this._restrictedHeaders;
  }

  // rfi_score_threshold - computed: true, optional: true, required: false
  private _rfiScoreThreshold?: number; 
  public get rfiScoreThreshold() {
    return this.getNumberAttribute('rfi_score_threshold');
  }
  public set rfiScoreThreshold(value: number) {
    this._rfiScoreThreshold = value;
  }
  public resetRfiScoreThreshold() {
    this._rfiScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rfiScoreThresholdInput() {
    return this._rfiScoreThreshold;
  }

  // session_fixation_score_threshold - computed: true, optional: true, required: false
  private _sessionFixationScoreThreshold?: number; 
  public get sessionFixationScoreThreshold() {
    return this.getNumberAttribute('session_fixation_score_threshold');
  }
  public set sessionFixationScoreThreshold(value: number) {
    this._sessionFixationScoreThreshold = value;
  }
  public resetSessionFixationScoreThreshold() {
    this._sessionFixationScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sessionFixationScoreThresholdInput() {
    return this._sessionFixationScoreThreshold;
  }

  // sql_injection_score_threshold - computed: true, optional: true, required: false
  private _sqlInjectionScoreThreshold?: number; 
  public get sqlInjectionScoreThreshold() {
    return this.getNumberAttribute('sql_injection_score_threshold');
  }
  public set sqlInjectionScoreThreshold(value: number) {
    this._sqlInjectionScoreThreshold = value;
  }
  public resetSqlInjectionScoreThreshold() {
    this._sqlInjectionScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sqlInjectionScoreThresholdInput() {
    return this._sqlInjectionScoreThreshold;
  }

  // total_arg_length - computed: true, optional: true, required: false
  private _totalArgLength?: number; 
  public get totalArgLength() {
    return this.getNumberAttribute('total_arg_length');
  }
  public set totalArgLength(value: number) {
    this._totalArgLength = value;
  }
  public resetTotalArgLength() {
    this._totalArgLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get totalArgLengthInput() {
    return this._totalArgLength;
  }

  // waf_id - computed: false, optional: false, required: true
  private _wafId?: string; 
  public get wafId() {
    return this.getStringAttribute('waf_id');
  }
  public set wafId(value: string) {
    this._wafId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get wafIdInput() {
    return this._wafId;
  }

  // warning_anomaly_score - computed: true, optional: true, required: false
  private _warningAnomalyScore?: number; 
  public get warningAnomalyScore() {
    return this.getNumberAttribute('warning_anomaly_score');
  }
  public set warningAnomalyScore(value: number) {
    this._warningAnomalyScore = value;
  }
  public resetWarningAnomalyScore() {
    this._warningAnomalyScore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get warningAnomalyScoreInput() {
    return this._warningAnomalyScore;
  }

  // xss_score_threshold - computed: true, optional: true, required: false
  private _xssScoreThreshold?: number; 
  public get xssScoreThreshold() {
    return this.getNumberAttribute('xss_score_threshold');
  }
  public set xssScoreThreshold(value: number) {
    this._xssScoreThreshold = value;
  }
  public resetXssScoreThreshold() {
    this._xssScoreThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xssScoreThresholdInput() {
    return this._xssScoreThreshold;
  }

  // rule - computed: false, optional: true, required: false
  private _rule = new ServiceWafConfigurationRuleList(this, "rule", true);
  public get rule() {
    return this._rule;
  }
  public putRule(value: ServiceWafConfigurationRule[] | cdktf.IResolvable) {
    this._rule.internalValue = value;
  }
  public resetRule() {
    this._rule.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleInput() {
    return this._rule.internalValue;
  }

  // rule_exclusion - computed: false, optional: true, required: false
  private _ruleExclusion = new ServiceWafConfigurationRuleExclusionList(this, "rule_exclusion", true);
  public get ruleExclusion() {
    return this._ruleExclusion;
  }
  public putRuleExclusion(value: ServiceWafConfigurationRuleExclusion[] | cdktf.IResolvable) {
    this._ruleExclusion.internalValue = value;
  }
  public resetRuleExclusion() {
    this._ruleExclusion.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleExclusionInput() {
    return this._ruleExclusion.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      activate: cdktf.booleanToTerraform(this._activate),
      allowed_http_versions: cdktf.stringToTerraform(this._allowedHttpVersions),
      allowed_methods: cdktf.stringToTerraform(this._allowedMethods),
      allowed_request_content_type: cdktf.stringToTerraform(this._allowedRequestContentType),
      allowed_request_content_type_charset: cdktf.stringToTerraform(this._allowedRequestContentTypeCharset),
      arg_length: cdktf.numberToTerraform(this._argLength),
      arg_name_length: cdktf.numberToTerraform(this._argNameLength),
      combined_file_sizes: cdktf.numberToTerraform(this._combinedFileSizes),
      critical_anomaly_score: cdktf.numberToTerraform(this._criticalAnomalyScore),
      crs_validate_utf8_encoding: cdktf.booleanToTerraform(this._crsValidateUtf8Encoding),
      error_anomaly_score: cdktf.numberToTerraform(this._errorAnomalyScore),
      high_risk_country_codes: cdktf.stringToTerraform(this._highRiskCountryCodes),
      http_violation_score_threshold: cdktf.numberToTerraform(this._httpViolationScoreThreshold),
      id: cdktf.stringToTerraform(this._id),
      inbound_anomaly_score_threshold: cdktf.numberToTerraform(this._inboundAnomalyScoreThreshold),
      lfi_score_threshold: cdktf.numberToTerraform(this._lfiScoreThreshold),
      max_file_size: cdktf.numberToTerraform(this._maxFileSize),
      max_num_args: cdktf.numberToTerraform(this._maxNumArgs),
      notice_anomaly_score: cdktf.numberToTerraform(this._noticeAnomalyScore),
      paranoia_level: cdktf.numberToTerraform(this._paranoiaLevel),
      php_injection_score_threshold: cdktf.numberToTerraform(this._phpInjectionScoreThreshold),
      rce_score_threshold: cdktf.numberToTerraform(this._rceScoreThreshold),
      restricted_extensions: cdktf.stringToTerraform(this._restrictedExtensions),
      restricted_headers: cdktf.stringToTerraform(this._restrictedHeaders),
      rfi_score_threshold: cdktf.numberToTerraform(this._rfiScoreThreshold),
      session_fixation_score_threshold: cdktf.numberToTerraform(this._sessionFixationScoreThreshold),
      sql_injection_score_threshold: cdktf.numberToTerraform(this._sqlInjectionScoreThreshold),
      total_arg_length: cdktf.numberToTerraform(this._totalArgLength),
      waf_id: cdktf.stringToTerraform(this._wafId),
      warning_anomaly_score: cdktf.numberToTerraform(this._warningAnomalyScore),
      xss_score_threshold: cdktf.numberToTerraform(this._xssScoreThreshold),
      rule: cdktf.listMapper(serviceWafConfigurationRuleToTerraform, true)(this._rule.internalValue),
      rule_exclusion: cdktf.listMapper(serviceWafConfigurationRuleExclusionToTerraform, true)(this._ruleExclusion.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      activate: {
        value: cdktf.booleanToHclTerraform(this._activate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allowed_http_versions: {
        value: cdktf.stringToHclTerraform(this._allowedHttpVersions),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      allowed_methods: {
        value: cdktf.stringToHclTerraform(this._allowedMethods),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      allowed_request_content_type: {
        value: cdktf.stringToHclTerraform(this._allowedRequestContentType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      allowed_request_content_type_charset: {
        value: cdktf.stringToHclTerraform(this._allowedRequestContentTypeCharset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      arg_length: {
        value: cdktf.numberToHclTerraform(this._argLength),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      arg_name_length: {
        value: cdktf.numberToHclTerraform(this._argNameLength),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      combined_file_sizes: {
        value: cdktf.numberToHclTerraform(this._combinedFileSizes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      critical_anomaly_score: {
        value: cdktf.numberToHclTerraform(this._criticalAnomalyScore),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      crs_validate_utf8_encoding: {
        value: cdktf.booleanToHclTerraform(this._crsValidateUtf8Encoding),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      error_anomaly_score: {
        value: cdktf.numberToHclTerraform(this._errorAnomalyScore),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      high_risk_country_codes: {
        value: cdktf.stringToHclTerraform(this._highRiskCountryCodes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_violation_score_threshold: {
        value: cdktf.numberToHclTerraform(this._httpViolationScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      inbound_anomaly_score_threshold: {
        value: cdktf.numberToHclTerraform(this._inboundAnomalyScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      lfi_score_threshold: {
        value: cdktf.numberToHclTerraform(this._lfiScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_file_size: {
        value: cdktf.numberToHclTerraform(this._maxFileSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_num_args: {
        value: cdktf.numberToHclTerraform(this._maxNumArgs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      notice_anomaly_score: {
        value: cdktf.numberToHclTerraform(this._noticeAnomalyScore),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      paranoia_level: {
        value: cdktf.numberToHclTerraform(this._paranoiaLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      php_injection_score_threshold: {
        value: cdktf.numberToHclTerraform(this._phpInjectionScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      rce_score_threshold: {
        value: cdktf.numberToHclTerraform(this._rceScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      restricted_extensions: {
        value: cdktf.stringToHclTerraform(this._restrictedExtensions),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      restricted_headers: {
        value: cdktf.stringToHclTerraform(this._restrictedHeaders),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rfi_score_threshold: {
        value: cdktf.numberToHclTerraform(this._rfiScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      session_fixation_score_threshold: {
        value: cdktf.numberToHclTerraform(this._sessionFixationScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      sql_injection_score_threshold: {
        value: cdktf.numberToHclTerraform(this._sqlInjectionScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      total_arg_length: {
        value: cdktf.numberToHclTerraform(this._totalArgLength),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      waf_id: {
        value: cdktf.stringToHclTerraform(this._wafId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      warning_anomaly_score: {
        value: cdktf.numberToHclTerraform(this._warningAnomalyScore),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      xss_score_threshold: {
        value: cdktf.numberToHclTerraform(this._xssScoreThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      rule: {
        value: cdktf.listMapperHcl(serviceWafConfigurationRuleToHclTerraform, true)(this._rule.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "ServiceWafConfigurationRuleList",
      },
      rule_exclusion: {
        value: cdktf.listMapperHcl(serviceWafConfigurationRuleExclusionToHclTerraform, true)(this._ruleExclusion.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "ServiceWafConfigurationRuleExclusionList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
