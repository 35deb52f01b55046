<fmt:message key="${form.isNew() ? 'customer.new' : 'customer.edit'}" var="title"/>
<t:layout title="${title}" active="pelanggan">
<c:set var="isOwner" value="${pageContext.request.isUserInRole('OWNER')}"/>
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<c:if test="${not empty errors}">
    <div class="alert alert-error" role="alert"><fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}"/></div>
</c:if>
<form method="post" action="<c:url value='/pelanggan/simpan'/>" class="form" novalidate>
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${form.id()}'/>">
    <t:field name="name" label="customer.name">
        <input id="f-name" name="name" value="<c:out value='${form.name()}'/>" maxlength="100" autofocus>
    </t:field>
    <div class="field-row">
        <t:field name="phone" label="customer.phone">
            <input id="f-phone" name="phone" value="<c:out value='${form.phone()}'/>" maxlength="40" inputmode="tel">
        </t:field>
        <t:field name="type" label="customer.type" hint="customer.type.hint">
            <select id="f-type" name="type">
                <c:forEach items="${levels}" var="level">
                    <option value="${level}" ${level == form.type() ? 'selected' : ''}><fmt:message key="level.${level}"/></option>
                </c:forEach>
            </select>
        </t:field>
    </div>
    <t:field name="address" label="customer.address">
        <input id="f-address" name="address" value="<c:out value='${form.address()}'/>" maxlength="255">
    </t:field>
    <t:field name="creditLimit" label="customer.creditLimit" hint="${isOwner ? 'customer.creditLimit.hint' : 'customer.creditLimit.ownerOnly'}">
        <input id="f-creditLimit" name="creditLimit" class="num" inputmode="numeric" maxlength="20"
               value="<c:out value='${form.creditLimit()}'/>" ${isOwner ? '' : 'readonly'}>
    </t:field>
    <div class="actions">
        <button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button>
        <a class="btn" href="<c:url value='/pelanggan'/>"><fmt:message key="common.cancel"/></a>
    </div>
</form>
<c:if test="${not form.isNew()}">
    <form method="post" action="<c:url value='/pelanggan/arsipkan'/>" class="form">
        <t:csrf/><input type="hidden" name="id" value="<c:out value='${form.id()}'/>">
        <button type="submit" class="btn btn-danger btn-small"><fmt:message key="common.archive"/></button>
    </form>
</c:if>
</t:layout>
