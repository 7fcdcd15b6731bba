// https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataFastlyWafRulesConfig extends cdktf.TerraformMetaArguments {
  /**
  * A list of modsecurity rules IDs to be excluded from the data set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules#exclude_modsec_rule_ids DataFastlyWafRules#exclude_modsec_rule_ids}
  */
  readonly excludeModsecRuleIds?: number[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules#id DataFastlyWafRules#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * A list of modsecurity rules IDs to be used as filters for the data set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules#modsec_rule_ids DataFastlyWafRules#modsec_rule_ids}
  */
  readonly modsecRuleIds?: number[];
  /**
  * A list of publishers to be used as filters for the data set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules#publishers DataFastlyWafRules#publishers}
  */
  readonly publishers?: string[];
  /**
  * A list of tags to be used as filters for the data set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules#tags DataFastlyWafRules#tags}
  */
  readonly tags?: string[];
}
export interface DataFastlyWafRulesRules {
}

export function dataFastlyWafRulesRulesToTerraform(struct?: DataFastlyWafRulesRules): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataFastlyWafRulesRulesToHclTerraform(struct?: DataFastlyWafRulesRules): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataFastlyWafRulesRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataFastlyWafRulesRules | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataFastlyWafRulesRules | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // latest_revision_number - computed: true, optional: false, required: false
  public get latestRevisionNumber() {
    return this.getNumberAttribute('latest_revision_number');
  }

  // modsec_rule_id - computed: true, optional: false, required: false
  public get modsecRuleId() {
    return this.getNumberAttribute('modsec_rule_id');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }
}

export class DataFastlyWafRulesRulesList extends cdktf.ComplexList {

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
  public get(index: number): DataFastlyWafRulesRulesOutputReference {
    return new DataFastlyWafRulesRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules fastly_waf_rules}
*/
export class DataFastlyWafRules extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "fastly_waf_rules";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataFastlyWafRules resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataFastlyWafRules to import
  * @param importFromId The id of the existing DataFastlyWafRules that should be imported. Refer to the {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataFastlyWafRules to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "fastly_waf_rules", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/fastly/fastly/latest/docs/data-sources/waf_rules fastly_waf_rules} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataFastlyWafRulesConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataFastlyWafRulesConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'fastly_waf_rules',
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
    this._excludeModsecRuleIds = config.excludeModsecRuleIds;
    this._id = config.id;
    this._modsecRuleIds = config.modsecRuleIds;
    this._publishers = config.publishers;
    this._tags = config.tags;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // exclude_modsec_rule_ids - computed: false, optional: true, required: false
  private _excludeModsecRuleIds?: number[]; 
  public get excludeModsecRuleIds() {
    return this.getNumberListAttribute('exclude_modsec_rule_ids');
  }
  public set excludeModsecRuleIds(value: number[]) {
    this._excludeModsecRuleIds = value;
  }
  public resetExcludeModsecRuleIds() {
    this._excludeModsecRuleIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeModsecRuleIdsInput() {
    return this._excludeModsecRuleIds;
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

  // modsec_rule_ids - computed: false, optional: true, required: false
  private _modsecRuleIds?: number[]; 
  public get modsecRuleIds() {
    return this.getNumberListAttribute('modsec_rule_ids');
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

  // publishers - computed: false, optional: true, required: false
  private _publishers?: string[]; 
  public get publishers() {
    return this.getListAttribute('publishers');
  }
  public set publishers(value: string[]) {
    this._publishers = value;
  }
  public resetPublishers() {
    this._publishers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get publishersInput() {
    return this._publishers;
  }

  // rules - computed: true, optional: false, required: false
  private _rules = new DataFastlyWafRulesRulesList(this, "rules", false);
  public get rules() {
    return this._rules;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return this.getListAttribute('tags');
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      exclude_modsec_rule_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._excludeModsecRuleIds),
      id: cdktf.stringToTerraform(this._id),
      modsec_rule_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._modsecRuleIds),
      publishers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._publishers),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      exclude_modsec_rule_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._excludeModsecRuleIds),
        isBlock: false,
        type: "list",
        storageClassType: "numberList",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      modsec_rule_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._modsecRuleIds),
        isBlock: false,
        type: "list",
        storageClassType: "numberList",
      },
      publishers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._publishers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
