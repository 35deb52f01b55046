<fmt:message key="${form.isNew() ? 'product.new' : 'product.edit'}" var="title"/>
<t:layout title="${title}" active="barang">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<c:if test="${not empty errors}">
    <div class="alert alert-error" role="alert"><fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}"/></div>
</c:if>
<form method="post" action="<c:url value='/barang/simpan'/>" class="form form-wide" id="product-form" novalidate>
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${form.id()}'/>">
    <t:field name="barcode" label="product.barcode" hint="product.barcode.hint">
        <input id="f-barcode" name="barcode" value="<c:out value='${form.barcode()}'/>" maxlength="64" autofocus autocomplete="off">
    </t:field>
    <t:field name="name" label="product.name">
        <input id="f-name" name="name" value="<c:out value='${form.name()}'/>" maxlength="150">
    </t:field>
    <div class="field-row">
        <t:field name="categoryId" label="product.category">
            <select id="f-categoryId" name="categoryId">
                <option value=""><fmt:message key="product.choose"/></option>
                <c:forEach items="${categories}" var="cat">
                    <option value="<c:out value='${cat.id}'/>" ${cat.id == form.categoryId() ? 'selected' : ''}><c:out value="${cat.name}"/></option>
                </c:forEach>
            </select>
        </t:field>
        <t:field name="unitCode" label="product.unit">
            <select id="f-unitCode" name="unitCode">
                <option value=""><fmt:message key="product.choose"/></option>
                <c:forEach items="${units}" var="u">
                    <option value="<c:out value='${u.code}'/>" ${u.code == form.unitCode() ? 'selected' : ''}><c:out value="${u.code}"/></option>
                </c:forEach>
            </select>
        </t:field>
    </div>
    <div class="field-row">
        <t:field name="costPrice" label="product.costPrice" hint="product.price.hint">
            <input id="f-costPrice" name="costPrice" class="num" inputmode="numeric" value="<c:out value='${form.costPrice()}'/>" maxlength="20">
        </t:field>
        <t:field name="sellPrice" label="product.sellPrice" hint="product.price.hint">
            <input id="f-sellPrice" name="sellPrice" class="num" inputmode="numeric" value="<c:out value='${form.sellPrice()}'/>" maxlength="20">
        </t:field>
    </div>
    <div class="field-row">
        <t:field name="minStock" label="product.minStock" hint="product.minStock.hint">
            <input id="f-minStock" name="minStock" class="num" inputmode="decimal" value="<c:out value='${form.minStock()}'/>" maxlength="20">
        </t:field>
        <c:if test="${not empty product}">
            <t:field name="stock" label="product.stock" hint="product.stock.hint">
                <input id="f-stock" class="num" value="<c:out value='${cermin:qty(product.stock)}'/>" readonly tabindex="-1">
            </t:field>
        </c:if>
    </div>
    <section class="form-section">
        <h2 class="section-title"><fmt:message key="product.units"/></h2>
        <p class="hint muted"><fmt:message key="product.units.hint"/></p>
        <c:if test="${not empty errors['units']}">
            <div class="error" id="e-units"><fmt:message key="${errors['units']}"><fmt:param value="${errors['unitsLine']}"/></fmt:message></div>
        </c:if>
        <table class="data lines" id="unit-lines">
            <thead><tr>
                <th><fmt:message key="product.unit"/></th>
                <th class="num"><fmt:message key="product.unitFactor"/></th>
                <th class="num"><fmt:message key="product.sellPrice"/></th>
                <th><fmt:message key="product.barcode"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${form.units()}" var="u">
                <tr>
                    <td><select name="extraUnit" aria-label="<fmt:message key='product.unit'/>"><option value=""></option>
                        <c:forEach items="${units}" var="unit"><option value="<c:out value='${unit.code}'/>" ${unit.code == u.unitCode() ? 'selected' : ''}><c:out value="${unit.code}"/></option></c:forEach></select></td>
                    <td class="num"><input name="extraFactor" class="num" inputmode="decimal" maxlength="20" value="<c:out value='${u.factor()}'/>" aria-label="<fmt:message key='product.unitFactor'/>"></td>
                    <td class="num"><input name="extraPrice" class="num" inputmode="numeric" maxlength="20" value="<c:out value='${u.sellPrice()}'/>" aria-label="<fmt:message key='product.sellPrice'/>"></td>
                    <td><input name="extraBarcode" maxlength="64" autocomplete="off" value="<c:out value='${u.barcode()}'/>" aria-label="<fmt:message key='product.barcode'/>"></td>
                </tr>
            </c:forEach>
            <c:forEach begin="1" end="2">
                <tr>
                    <td><select name="extraUnit" aria-label="<fmt:message key='product.unit'/>"><option value=""></option>
                        <c:forEach items="${units}" var="unit"><option value="<c:out value='${unit.code}'/>"><c:out value="${unit.code}"/></option></c:forEach></select></td>
                    <td class="num"><input name="extraFactor" class="num" inputmode="decimal" maxlength="20" aria-label="<fmt:message key='product.unitFactor'/>"></td>
                    <td class="num"><input name="extraPrice" class="num" inputmode="numeric" maxlength="20" aria-label="<fmt:message key='product.sellPrice'/>"></td>
                    <td><input name="extraBarcode" maxlength="64" autocomplete="off" aria-label="<fmt:message key='product.barcode'/>"></td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
        <button type="button" class="btn btn-small add-line" data-table="unit-lines"><fmt:message key="product.addUnit"/></button>
    </section>
    <section class="form-section">
        <h2 class="section-title"><fmt:message key="product.prices"/></h2>
        <p class="hint muted"><fmt:message key="product.prices.hint"/></p>
        <c:if test="${not empty errors['prices']}">
            <div class="error" id="e-prices"><fmt:message key="${errors['prices']}"><fmt:param value="${errors['pricesLine']}"/></fmt:message></div>
        </c:if>
        <table class="data lines" id="price-lines">
            <thead><tr>
                <th><fmt:message key="product.unit"/></th>
                <th><fmt:message key="product.priceLevel"/></th>
                <th class="num"><fmt:message key="product.priceFrom"/></th>
                <th><fmt:message key="product.priceStore"/></th>
                <th class="num"><fmt:message key="product.price"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${form.prices()}" var="r">
                <tr>
                    <td><select name="ruleUnit" aria-label="<fmt:message key='product.unit'/>"><option value=""></option>
                        <c:forEach items="${units}" var="unit"><option value="<c:out value='${unit.code}'/>" ${unit.code == r.unitCode() ? 'selected' : ''}><c:out value="${unit.code}"/></option></c:forEach></select></td>
                    <td><select name="ruleLevel" aria-label="<fmt:message key='product.priceLevel'/>"><option value=""></option>
                        <c:forEach items="${levels}" var="level"><option value="${level}" ${level == r.level() ? 'selected' : ''}><fmt:message key="level.${level}"/></option></c:forEach></select></td>
                    <td class="num"><input name="ruleMin" class="num" inputmode="decimal" maxlength="20" value="<c:out value='${r.minQuantity()}'/>" aria-label="<fmt:message key='product.priceFrom'/>"></td>
                    <td><input name="ruleStore" maxlength="32" value="<c:out value='${r.storeNode()}'/>" placeholder="<fmt:message key='product.priceStore.all'/>" aria-label="<fmt:message key='product.priceStore'/>"></td>
                    <td class="num"><input name="rulePrice" class="num" inputmode="numeric" maxlength="20" value="<c:out value='${r.price()}'/>" aria-label="<fmt:message key='product.price'/>"></td>
                </tr>
            </c:forEach>
            <c:forEach begin="1" end="2">
                <tr>
                    <td><select name="ruleUnit" aria-label="<fmt:message key='product.unit'/>"><option value=""></option>
                        <c:forEach items="${units}" var="unit"><option value="<c:out value='${unit.code}'/>"><c:out value="${unit.code}"/></option></c:forEach></select></td>
                    <td><select name="ruleLevel" aria-label="<fmt:message key='product.priceLevel'/>"><option value=""></option>
                        <c:forEach items="${levels}" var="level"><option value="${level}"><fmt:message key="level.${level}"/></option></c:forEach></select></td>
                    <td class="num"><input name="ruleMin" class="num" inputmode="decimal" maxlength="20" aria-label="<fmt:message key='product.priceFrom'/>"></td>
                    <td><input name="ruleStore" maxlength="32" placeholder="<fmt:message key='product.priceStore.all'/>" aria-label="<fmt:message key='product.priceStore'/>"></td>
                    <td class="num"><input name="rulePrice" class="num" inputmode="numeric" maxlength="20" aria-label="<fmt:message key='product.price'/>"></td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
        <button type="button" class="btn btn-small add-line" data-table="price-lines"><fmt:message key="product.addPrice"/></button>
    </section>
    <fmt:message key="product.belowCost.line" var="belowCostPattern"/>
    <div class="alert alert-warn" role="status" id="below-cost" data-pattern="<c:out value='${belowCostPattern}'/>"
         <c:forEach items="${levels}" var="level">data-level-${fn:toLowerCase(level)}="<fmt:message key='level.${level}'/>" </c:forEach>${empty belowCost ? 'hidden' : ''}>
        <strong><fmt:message key="product.belowCost"/></strong>
        <ul id="below-cost-list">
            <c:forEach items="${belowCost}" var="b">
                <fmt:message key="level.${b.level()}" var="levelName"/>
                <fmt:message key="product.belowCost.line" var="belowCostLine"><fmt:param value="${b.unitCode()}"/><fmt:param value="${levelName}"/><fmt:param value="${cermin:rupiah(b.price())}"/><fmt:param value="${cermin:rupiah(b.cost())}"/></fmt:message>
                <li><c:out value="${belowCostLine}"/></li>
            </c:forEach>
        </ul>
    </div>
    <div class="actions">
        <button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button>
        <a class="btn" href="<c:url value='/barang'/>"><fmt:message key="common.cancel"/></a>
    </div>
</form>
<script src="<c:url value='/static/js/product-form.js'/>"></script>
</t:layout>
